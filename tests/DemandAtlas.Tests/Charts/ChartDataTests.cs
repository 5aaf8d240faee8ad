using DemandAtlas.Tests.Pages;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Charts;

/// <summary>Each test builds its own jurisdictions and works out the expected numbers from the stored rows itself.</summary>
public sealed class ChartDataTests
{
    private static async Task<string[]> BuildSetAsync(AtlasDb db)
    {
        var a = await new JurisdictionBuilder("Chartford", "MA")
            .WithTactic("reverse-stings").WithTactic("web-stings").WithTactic("letters", status: ClaimStatus.Rejected)
            .WithOperation(2017, 1, 10, ["reverse-stings"])
            .WithOperation(2019, 3, null, ["web-stings"])
            .WithOperation(2019, 6, 4, ["reverse-stings", "web-stings"])
            .SaveAsync(db);
        var b = await new JurisdictionBuilder("Graphton", "NH", "New Hampshire")
            .WithTactic("reverse-stings").WithTactic("john-school", confidential: true)
            .WithOperation(2019, null, 7, ["reverse-stings"])
            .WithOperation(2021, 2, 3, ["john-school"])
            .SaveAsync(db);
        var c = await new JurisdictionBuilder("Plotville", "NH", "New Hampshire")
            .WithTactic("web-stings").WithTactic("john-school").WithTactic("reverse-stings", confidential: true)
            .WithOperation(2022, 5, 12, ["web-stings"])
            .SaveAsync(db);
        // Operation confidentiality is not a builder option; mark one directly, as an editor would.
        var secret = await db.Operations.Where(o => o.JurisdictionId == b.Id && o.Year == 2021).SingleAsync();
        secret.IsConfidential = true;
        await db.SaveChangesAsync();
        return [a.Slug, b.Slug, c.Slug];
    }

    /// <summary>The directory index of this store and the set of these places in it, as the pages ask for charts.</summary>
    private static async Task<(DirectoryIndex Index, PlaceSet Set)> SetAsync(AtlasDb db, string[] slugs)
    {
        var index = await DirectoryIndexes.BuildAsync(db);
        return (index, index.SetOf(slugs));
    }

    private static async Task<List<Jurisdiction>> StoredAsync(AtlasDb db, string[] slugs) =>
        await db.Jurisdictions.AsNoTracking().Where(j => slugs.Contains(j.Slug))
            .Include(j => j.Operations).ThenInclude(o => o.Tactics).ThenInclude(t => t.Tactic)
            .Include(j => j.Claims).ThenInclude(c => c.Tactic)
            .AsSplitQuery().ToListAsync();

    [Fact]
    public async Task Operations_and_arrests_per_year_equal_the_stored_operations_confidential_ones_included()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var operations = (await StoredAsync(db, slugs)).SelectMany(j => j.Operations).ToList();

        var (index, set) = await SetAsync(db, slugs);
        var chart = index.YearTotals(set);

        Assert.Equal(Enumerable.Range(2017, 6), chart.Select(r => r.Year));
        foreach (var row in chart)
        {
            var inYear = operations.Where(o => o.Year == row.Year).ToList();
            Assert.Equal(inYear.Count, row.Operations);
            Assert.Equal(inYear.Sum(o => o.Arrests ?? 0), row.Arrests);
        }

        Assert.Equal(1, chart.Single(r => r.Year == 2021).Operations);
        Assert.Equal(0, chart.Single(r => r.Year == 2018).Operations);
    }

    [Fact]
    public async Task Operations_per_year_for_one_tactic_count_only_that_tactics_operations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var operations = (await StoredAsync(db, slugs)).SelectMany(j => j.Operations)
            .Where(o => o.Tactics.Any(t => t.Tactic.Slug == "web-stings")).ToList();

        var (index, set) = await SetAsync(db, slugs);
        var chart = index.YearTotals(set, index.BitOf(await db.TacticIdAsync("web-stings")));

        Assert.Equal(operations.Count, chart.Sum(r => r.Operations));
        Assert.Equal(operations.Sum(o => o.Arrests ?? 0), chart.Sum(r => r.Arrests));
        Assert.Equal(2, chart.Single(r => r.Year == 2019).Operations);
        Assert.Equal(4, chart.Single(r => r.Year == 2019).Arrests);
    }

    [Fact]
    public async Task Operations_per_state_equal_the_stored_operations_counting_confidential_ones_only_in_states_of_three_or_more()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var stored = await StoredAsync(db, slugs);

        var (index, set) = await SetAsync(db, slugs);
        var chart = index.StateTotals(set);

        var expected = stored.GroupBy(j => j.StateCode)
            .Select(g => (g.Key, Counted: g.SelectMany(j => j.Operations).Where(o => !o.IsConfidential || g.Count() >= DirectoryIndex.MinimumSetForConfidential).ToList()))
            .Select(x => (x.Key, x.Counted.Count, x.Counted.Sum(o => o.Arrests ?? 0)))
            .OrderBy(x => x.Key).ToList();
        Assert.Equal(expected, chart.Select(r => (r.StateCode, r.Operations, r.Arrests)).OrderBy(x => x.StateCode));
        // New Hampshire has two places here, so its confidential 2021 operation would point at one of them.
        Assert.Equal((2, 19), chart.Where(r => r.StateCode == "NH").Select(r => (r.Operations, r.Arrests)).Single());
    }

    [Fact]
    public async Task Adoption_counts_include_confidential_claims_and_never_rejected_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var claims = (await StoredAsync(db, slugs)).SelectMany(j => j.Claims).Where(c => c.Status != ClaimStatus.Rejected).ToList();

        var (index, set) = await SetAsync(db, slugs);
        var chart = index.Adoption(set);

        Assert.Equal(15, chart.Count);
        foreach (var row in chart)
        {
            Assert.Equal(claims.Where(c => c.Tactic.Slug == row.Tactic.Slug).Select(c => c.JurisdictionId).Distinct().Count(), row.Jurisdictions);
        }

        Assert.Equal(3, chart.Single(r => r.Tactic.Slug == "reverse-stings").Jurisdictions);
        Assert.Equal(0, chart.Single(r => r.Tactic.Slug == "letters").Jurisdictions);
    }

    [Fact]
    public async Task The_co_occurrence_matrix_counts_jurisdictions_using_both_tactics()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var tacticsByPlace = (await StoredAsync(db, slugs))
            .Select(j => j.Claims.Where(c => c.Status != ClaimStatus.Rejected).Select(c => c.Tactic.Slug).ToHashSet()).ToList();

        var (index, set) = await SetAsync(db, slugs);
        var matrix = index.CoOccurrence(set);

        Assert.Equal(["john-school", "reverse-stings", "web-stings"], matrix.Tactics.Select(t => t.Slug));
        foreach (var a in matrix.Tactics)
        {
            foreach (var b in matrix.Tactics)
            {
                Assert.Equal(tacticsByPlace.Count(set => set.Contains(a.Slug) && set.Contains(b.Slug)), matrix.Both(a.Slug, b.Slug));
            }
        }

        Assert.Equal(2, matrix.Both("reverse-stings", "web-stings"));
        Assert.Equal(0, matrix.Both("letters", "reverse-stings"));
    }

    [Fact]
    public async Task A_set_too_small_to_hide_a_place_counts_only_public_claims_and_operations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var slugs = await BuildSetAsync(db);
        var graphton = slugs[1];

        var (index, set) = await SetAsync(db, [graphton]);
        var years = index.YearTotals(set);
        var adoption = index.Adoption(set);

        Assert.Equal([(2019, 1, 7)], years.Select(r => (r.Year, r.Operations, r.Arrests)));
        Assert.Equal(0, adoption.Single(r => r.Tactic.Slug == "john-school").Jurisdictions);
        Assert.Equal(1, adoption.Single(r => r.Tactic.Slug == "reverse-stings").Jurisdictions);
    }
}
