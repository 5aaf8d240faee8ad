using DemandAtlas.Synthetic;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Caching;

/// <summary>
/// SQL is the source of truth; the directory index must answer exactly as SQL does. A store of synthetic profiles
/// with every kind of hidden content (rejected, pending and confidential claims, confidential operations, drafts,
/// deleted places, editor evidence, unknown populations) is asked hundreds of random filters both ways.
/// </summary>
public sealed class DirectoryIndexAgreementTests : IAsyncLifetime
{
    private const int Places = 240;
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("demandatlas-agreement-").FullName;
        try
        {
            var files = new List<string>();
            for (var n = 1; n <= Places; n++)
            {
                var document = SyntheticProfiles.Generate(n, Places, seed: 7);
                var path = Path.Combine(folder, document.FileName);
                await File.WriteAllBytesAsync(path, document.ToBytes());
                files.Add(path);
            }

            await using (var db = database.Open())
            {
                using var importer = new ProfileImporter(db, TimeProvider.System);
                await importer.PrepareConnectionAsync(CancellationToken.None);
                await importer.ImportFilesAsync(files, null, CancellationToken.None);
            }

            await HideSomeAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Random_filters_give_the_same_rows_in_the_same_order_and_the_same_totals_as_sql()
    {
        await using var db = database.Open();
        var index = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var filter = RandomFilter(random, index);

            var fromSql = await db.PageAsync(filter, CancellationToken.None);
            var fromIndex = index.Page(filter);

            var query = filter.ToQueryString();
            Assert.True(fromSql.Total == fromIndex.Total, $"total differs for {query}: SQL {fromSql.Total}, index {fromIndex.Total}");
            Assert.Equal(Describe(fromSql.Items), Describe(fromIndex.Items));
        }
    }

    [Fact]
    public async Task Random_filters_give_the_same_chart_figures_as_sql()
    {
        await using var db = database.Open();
        var index = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(12);
        for (var i = 0; i < 120; i++)
        {
            var filter = RandomFilter(random, index) with { Page = 1 };
            var ids = await db.PublicJurisdictions.Matching(filter).Select(j => j.Id).ToListAsync();
            var confidential = ids.Count >= DirectoryIndex.MinimumSetForConfidential;
            var set = index.Match(filter);

            var operations = await db.Operations.Where(o => ids.Contains(o.JurisdictionId) && (confidential || !o.IsConfidential))
                .GroupBy(o => o.Year).Select(g => new { Year = g.Key, Count = g.Count(), Arrests = g.Sum(o => o.Arrests ?? 0) })
                .OrderBy(y => y.Year).ToListAsync();
            Assert.Equal(operations.Select(y => (y.Year, y.Count, y.Arrests)), index.YearCounts(set, confidential).Select(y => (y.Year, y.Operations, y.Arrests)));

            var claims = await db.Claims.Where(c => ids.Contains(c.JurisdictionId)).Where(Visibility.CountedClaim)
                .Where(c => confidential || !c.IsConfidential)
                .Select(c => new { c.JurisdictionId, c.Tactic.Slug }).ToListAsync();
            Assert.Equal(
                index.Tactics.Select(t => claims.Count(c => c.Slug == t.Slug)),
                index.Adoption(set).Select(a => a.Jurisdictions));
            var matrix = index.CoOccurrence(set);
            var byPlace = claims.GroupBy(c => c.JurisdictionId).Select(g => g.Select(c => c.Slug).ToHashSet()).ToList();
            foreach (var a in matrix.Tactics)
            {
                foreach (var b in matrix.Tactics)
                {
                    Assert.Equal(byPlace.Count(p => p.Contains(a.Slug) && p.Contains(b.Slug)), matrix.Both(a.Slug, b.Slug));
                }
            }
        }
    }

    [Fact]
    public async Task A_snapshot_updated_with_changed_places_equals_one_built_afresh()
    {
        await using var db = database.Open();
        var before = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(13);
        var changed = new HashSet<int>();
        var ids = await db.Jurisdictions.Select(j => j.Id).ToListAsync();
        foreach (var id in ids.OrderBy(_ => random.Next()).Take(25))
        {
            var place = await db.Jurisdictions.Include(j => j.Claims).SingleAsync(j => j.Id == id);
            switch (random.Next(5))
            {
                case 0: place.Population = random.Next(100, 2_000_000); break;
                case 1: place.IsPublished = !place.IsPublished; break;
                case 2: place.Name = $"Renamed {random.Next(1000)}"; break;
                case 3: place.Claims.ForEach(c => c.Status = ClaimStatus.Rejected); break;
                default: place.UpdatedAt = place.UpdatedAt.AddDays(random.Next(-400, 400)); break;
            }

            changed.Add(id);
        }

        await db.SaveChangesAsync();
        var reloaded = await DirectoryLoader.PlacesAsync(db, before.Tactics, [.. changed], CancellationToken.None);
        var updated = before.With(2, 0, changed, reloaded);
        var fresh = await DirectoryIndexes.BuildAsync(db);

        for (var i = 0; i < 100; i++)
        {
            var filter = RandomFilter(random, fresh);
            Assert.Equal(Describe(fresh.Page(filter).Items), Describe(updated.Page(filter).Items));
        }

        Assert.Equal(fresh.Totals, updated.Totals);
        Assert.Equal(fresh.TacticSummaries, updated.TacticSummaries);
    }

    private static IEnumerable<string> Describe(IEnumerable<JurisdictionRow> rows) =>
        rows.Select(r => $"{r.Slug} {r.Population} {r.UpdatedAt:O} [{string.Join(",", r.Tactics.Select(t => t.Slug))}]");

    private static JurisdictionFilter RandomFilter(Random random, DirectoryIndex index)
    {
        var tactics = index.Tactics.OrderBy(_ => random.Next()).Take(random.Next(4)).Select(t => t.Ref).ToList();
        var place = index.Places[random.Next(index.Places.Count)];
        int? min = random.Next(5) == 0 ? random.Next(0, 60_000) : null;
        int? max = random.Next(5) == 0 ? random.Next(min ?? 0, 500_000) : null;
        string? text = null;
        if (random.Next(6) == 0)
        {
            var source = random.Next(2) == 0 || place.PartnerNames.Count == 0 ? place.Name : place.PartnerNames[random.Next(place.PartnerNames.Count)];
            var start = random.Next(Math.Max(1, source.Length - 4));
            text = source.Substring(start, Math.Min(4, source.Length - start)).ToLowerInvariant().Trim() is { Length: > 0 } part ? part : null;
        }

        return new JurisdictionFilter
        {
            Tactics = tactics,
            MatchAll = random.Next(3) > 0,
            StatedOnly = random.Next(5) == 0,
            State = random.Next(3) == 0 ? place.StateCode : null,
            Type = random.Next(4) == 0 ? Enum.GetValues<JurisdictionType>()[random.Next(8)] : null,
            MinPopulation = min,
            MaxPopulation = max,
            Text = text,
            Sort = Enum.GetValues<JurisdictionSort>()[random.Next(6)],
            Page = 1 + random.Next(3),
            PageSize = new[] { 10, 25, 100 }[random.Next(3)],
        };
    }

    /// <summary>Hides some of everything a public page must not show, as staff decisions do.</summary>
    private async Task HideSomeAsync()
    {
        await using var db = database.Open();
        var random = new Random(5);
        foreach (var claim in await db.Claims.Include(c => c.Evidence).ToListAsync())
        {
            switch (random.Next(20))
            {
                case 0: claim.Status = ClaimStatus.Rejected; break;
                case 1: claim.Status = ClaimStatus.Pending; break;
                case 2: claim.IsConfidential = true; break;
                case 3: claim.Status = ClaimStatus.Confirmed; break;
                case 4: claim.Evidence.Add(new Evidence { Kind = EvidenceKind.Editor, Text = "Confirmed by a test editor.", AddedBy = "test" }); break;
            }
        }

        foreach (var operation in await db.Operations.ToListAsync())
        {
            operation.IsConfidential = random.Next(8) == 0;
        }

        foreach (var place in await db.Jurisdictions.ToListAsync())
        {
            switch (random.Next(25))
            {
                case 0: place.IsPublished = false; break;
                case 1: place.DeletedAt = DateTimeOffset.UtcNow; break;
                case 2: place.Population = null; break;
            }
        }

        await db.SaveChangesAsync();
    }
}
