using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Admin.Review;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

/// <summary>
/// The queue must stay fast at 100,000 waiting claims: every statement it runs finds its rows through an index, and a
/// page is read in the index's order rather than sorted. Checked with SQLite's own plan for the statements EF sends.
/// </summary>
public sealed class ReviewQueryPlanTests
{
    public static TheoryData<string> Views => new()
    {
        "",
        "?status=pending",
        "?strength=listed",
        "?tactic=web-stings",
        "?state=ma",
        "?place=planville-ma",
        "?status=inferred&strength=stated&tactic=web-stings&state=ma",
        "?page=2",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_statement_of_a_queue_page_searches_an_index_and_no_page_is_a_sort(string query)
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database);
        ReviewFilter filter;
        await using (var lookup = database.Open())
        {
            filter = await ResolveAsync(lookup, query);
        }

        var plans = new PlanRecorder();
        await using var db = new AtlasDb(new DbContextOptionsBuilder<AtlasDb>().UseSqlite(database.ConnectionString).AddInterceptors(plans).Options);

        var counts = await ReviewQueries.CountsAsync(db, filter, CancellationToken.None);
        var page = await ReviewQueries.PageAsync(db, filter, counts, CancellationToken.None);
        await ReviewQueries.GroupSizesAsync(db, filter, page.Items, CancellationToken.None);
        await ReviewQueries.ProgressAsync(db, counts, "reviewer@example.test", CancellationToken.None);
        await ReviewQueries.CountsByStrengthAsync(db, CancellationToken.None);

        Assert.NotEmpty(page.Items);
        Assert.NotEmpty(plans.Statements);
        foreach (var (sql, plan) in plans.Statements)
        {
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
            if (sql.Contains("LIMIT", StringComparison.Ordinal) && sql.Contains("ORDER BY", StringComparison.Ordinal))
            {
                // One place's view sorts that place's claims by tactic within a strength: at most 15 rows, never the range.
                var forbidden = filter.PlaceId is null ? "TEMP B-TREE" : "TEMP B-TREE FOR ORDER BY";
                Assert.DoesNotContain(plan, step => step.Contains(forbidden, StringComparison.Ordinal));
            }
        }
    }

    private static async Task<ReviewFilter> ResolveAsync(AtlasDb db, string query)
    {
        var (filter, errors) = ReviewFilter.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        Assert.Empty(errors);
        var tacticId = filter!.Tactic is null ? (int?)null : await db.Tactics.Where(t => t.Slug == filter.Tactic).Select(t => t.Id).SingleAsync();
        var placeId = filter.Place is null ? (int?)null : await db.Jurisdictions.Where(j => j.Slug.StartsWith("planville-")).Select(j => j.Id).FirstAsync();
        return filter with { TacticId = tacticId, PlaceId = placeId };
    }

    /// <summary>Places in a few states with claims of every status and strength, one of them deleted.</summary>
    private static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.Open();
        string[] states = ["MA", "NY", "CA"];
        var kinds = Enum.GetValues<EvidenceKind>();
        for (var i = 0; i < 60; i++)
        {
            var builder = new JurisdictionBuilder(i == 0 ? "Planville" : $"Plantown {i}", states[i % 3], "Some State");
            builder.WithTactic("web-stings", kinds[i % kinds.Length], "Decoy ads were answered.", i % 4 == 0 ? ClaimStatus.Pending : ClaimStatus.Inferred);
            builder.WithTactic("cameras", kinds[(i + 1) % kinds.Length], "Cameras went up.", i % 5 == 0 ? ClaimStatus.Confirmed : ClaimStatus.Inferred);
            builder.WithTactic("letters", EvidenceKind.Listed, "Letters", ClaimStatus.Pending);
            var saved = await builder.SaveAsync(db);
            if (i == 59)
            {
                saved.DeletedAt = DateTimeOffset.UtcNow;
                await db.SaveChangesAsync();
            }
        }
    }
}
