using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Export;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using DemandAtlas.Web.Pages.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Domain;

/// <summary>
/// Hiding a hidden claim's tactic from operations and sources costs one lookup per tag in the claims' unique
/// (jurisdiction, tactic) index, never a pass over the claims: checked with SQLite's plan for every statement EF sends.
/// </summary>
public sealed class VisibilityQueryPlanTests
{
    [Fact]
    public async Task Every_hidden_claim_check_is_one_search_of_the_claims_index()
    {
        await using var database = await TestDatabase.CreateAsync();
        HiddenDirectory directory;
        await using (var seed = database.Open())
        {
            directory = await HiddenDirectory.SeedAsync(seed);
        }

        var plans = new PlanRecorder();
        await using var db = new AtlasDb(new DbContextOptionsBuilder<AtlasDb>().UseSqlite(database.ConnectionString).AddInterceptors(plans).Options);
        var tactics = await JurisdictionQueries.TacticLookupAsync(db, CancellationToken.None);
        var (filter, _) = OperationFilter.Parse(new QueryCollection(QueryHelpers.ParseQuery("?tactic=reverse-stings&tactic=it-based-tactics&match=any")), tactics);

        await OperationQueries.PageAsync(db, filter!, CancellationToken.None);
        await ProfileQueries.LoadAsync(db, directory.Open, CancellationToken.None);
        await JurisdictionDocuments.LoadAsync(db, directory.Open, CancellationToken.None);
        await PartnerQueries.LoadAsync(db, directory.PartnerSlugs[0], CancellationToken.None);
        await DirectoryLoader.PlacesAsync(db, await DirectoryLoader.TacticsAsync(db, CancellationToken.None), null, CancellationToken.None);

        var checks = plans.Statements.Where(s => s.Sql.Contains("NOT EXISTS", StringComparison.Ordinal) && s.Sql.Contains("FROM \"Claims\" AS \"c\"", StringComparison.Ordinal)).ToList();
        Assert.True(checks.Count >= 5, $"only {checks.Count} statements checked a hidden claim");
        Assert.All(checks, s =>
        {
            Assert.Contains(s.Plan, step => step.EndsWith("USING INDEX IX_Claims_JurisdictionId_TacticId (JurisdictionId=? AND TacticId=?)", StringComparison.Ordinal));
            Assert.DoesNotContain(s.Plan, step => step.StartsWith("SCAN c", StringComparison.Ordinal));
        });
    }
}
