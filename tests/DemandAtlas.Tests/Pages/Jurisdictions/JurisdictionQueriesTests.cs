using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;

namespace DemandAtlas.Tests.Pages.Jurisdictions;

public sealed class JurisdictionQueriesTests
{
    [Fact]
    public async Task A_page_counts_every_match_but_returns_only_its_rows_with_their_public_tactics()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            for (var i = 0; i < 7; i++)
            {
                await new JurisdictionBuilder($"Place{i}").WithTactic("web-stings").WithTactic("letters", confidential: true).WithTactic("cameras", status: ClaimStatus.Rejected).SaveAsync(db);
            }

            await new JurisdictionBuilder("Unrelated").WithTactic("john-school").SaveAsync(db);
        }

        await using var read = database.Open();
        var tactics = await JurisdictionQueries.TacticLookupAsync(read, CancellationToken.None);
        var filter = new JurisdictionFilter { Tactics = [tactics["web-stings"]], PageSize = 3, Page = 3 };

        var page = await read.PageAsync(filter, CancellationToken.None);

        Assert.Equal(7, page.Total);
        Assert.Equal(3, page.PageCount);
        var row = Assert.Single(page.Items);
        Assert.StartsWith("Place6", row.Name, StringComparison.Ordinal);
        Assert.Equal(["web-stings"], row.Tactics.Select(t => t.Slug));
        Assert.Empty(read.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Match_all_needs_every_tactic_and_match_any_needs_one_and_hidden_claims_never_match()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await new JurisdictionBuilder("Both").WithTactic("web-stings").WithTactic("letters").SaveAsync(db);
            await new JurisdictionBuilder("Web").WithTactic("web-stings").SaveAsync(db);
            await new JurisdictionBuilder("SecretLetters").WithTactic("web-stings").WithTactic("letters", confidential: true).SaveAsync(db);
            await new JurisdictionBuilder("RejectedLetters").WithTactic("letters", status: ClaimStatus.Rejected).SaveAsync(db);
        }

        await using var read = database.Open();
        var tactics = await JurisdictionQueries.TacticLookupAsync(read, CancellationToken.None);
        int[] ids = [tactics["web-stings"].Id, tactics["letters"].Id];
        List<string> Names(IQueryable<Jurisdiction> q) => [.. q.OrderBy(j => j.Name).Select(j => j.Name.Substring(0, j.Name.IndexOf(' ')))];

        Assert.Equal(["Both"], Names(read.PublicJurisdictions.WhereTactics(ids, matchAll: true)));
        Assert.Equal(["Both", "SecretLetters", "Web"], Names(read.PublicJurisdictions.WhereTactics(ids, matchAll: false)));
        Assert.Equal(["Both"], Names(read.PublicJurisdictions.WhereTactics([tactics["letters"].Id], matchAll: false)));
    }
}
