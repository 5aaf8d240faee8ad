using System.Globalization;
using DemandAtlas.Synthetic;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

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

    /// <summary>Text alone goes through the letter-pair cut (<see cref="LetterPairSets"/>) first: it must never drop a place SQL finds.</summary>
    [Fact]
    public async Task Text_alone_finds_the_places_sql_finds()
    {
        await using var db = database.Open();
        var index = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(15);
        string[] absent = ["zzqx", "Q", "ville ", " co", "-", "1"];
        var texts = Enumerable.Range(0, 150).Select(_ => TextFrom(random, index.Places[random.Next(index.Places.Count)], 1 + random.Next(7))).OfType<string>().Concat(absent);
        foreach (var text in texts.Distinct())
        {
            var filter = new JurisdictionFilter { Text = text, PageSize = 100 };
            var fromSql = (await db.PublicJurisdictions.Matching(filter).Select(j => j.Slug).ToListAsync()).Order(StringComparer.Ordinal).ToList();
            var fromIndex = index.Match(filter).Positions().Select(i => index.Places[i].Slug).OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.True(fromSql.SequenceEqual(fromIndex), $"q={text}: SQL {fromSql.Count} places, index {fromIndex.Count}");
        }
    }

    /// <summary>A set of one place is summed from its own operations, the whole directory from the year planes: both agree with SQL.</summary>
    [Fact]
    public async Task Year_counts_of_each_place_and_of_the_whole_directory_are_sqls()
    {
        await using var db = database.Open();
        var index = await DirectoryIndexes.BuildAsync(db);
        var byPlace = (await db.Operations.Where(Visibility.PublicOperation).Select(o => new { o.JurisdictionId, o.Year, o.Arrests }).ToListAsync())
            .ToLookup(o => o.JurisdictionId);
        foreach (var place in index.Places)
        {
            var expected = byPlace[place.Id].GroupBy(o => o.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Sum(o => o.Arrests ?? 0)));
            Assert.Equal(expected, index.YearCounts(index.SetOf([place.Slug]), countConfidential: false).Select(y => (y.Year, y.Operations, y.Arrests)));
        }

        var ids = index.Places.Select(p => p.Id).ToList();
        var all = await db.Operations.Where(o => ids.Contains(o.JurisdictionId))
            .GroupBy(o => o.Year).Select(g => new { Year = g.Key, Count = g.Count(), Arrests = g.Sum(o => o.Arrests ?? 0) })
            .OrderBy(y => y.Year).ToListAsync();
        Assert.Equal(all.Select(y => (y.Year, y.Count, y.Arrests)), index.YearCounts(index.All, countConfidential: true).Select(y => (y.Year, y.Operations, y.Arrests)));
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

    [Fact]
    public async Task A_snapshot_patched_after_a_few_edits_answers_as_one_built_afresh()
    {
        // Edits that keep every name and every place public: the index patches its sets, year planes and groups at
        // the changed positions instead of building them again, and must still answer exactly as a fresh build.
        await using var db = database.Open();
        var previous = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(14);
        var states = UsStates.InNameOrder.ToList();
        var keptKeys = 0;
        for (var round = 1; round <= 6; round++)
        {
            var changed = new HashSet<int>();
            foreach (var place in previous.Places.OrderBy(_ => random.Next()).Take(1 + random.Next(12)))
            {
                var row = await db.Jurisdictions.Include(j => j.Claims).Include(j => j.Operations).SingleAsync(j => j.Id == place.Id);
                switch (random.Next(8))
                {
                    // The county is searched by `q`: its letter pairs move with it.
                    case 6: row.County = random.Next(4) == 0 ? null : $"Quarrow Vale {round} County"; break;
                    case 0: row.Population = random.Next(3) == 0 ? null : random.Next(100, 2_000_000); break;
                    case 1: row.Claims.ForEach(c => c.Status = random.Next(2) == 0 ? ClaimStatus.Rejected : ClaimStatus.Confirmed); break;
                    case 2:
                        var state = states[random.Next(states.Count)];
                        (row.StateCode, row.StateName) = (state.Code, state.Name);
                        break;
                    case 3: row.Type = random.Next(4) == 0 ? null : Enum.GetValues<JurisdictionType>()[random.Next(8)]; break;
                    case 4:
                        // Inside the directory's years and, now and then, outside them (a full rebuild of the planes).
                        row.Operations.ForEach(o => (o.Year, o.Arrests) = (random.Next(8) == 0 ? 1950 : 2005 + random.Next(15), random.Next(3) == 0 ? null : random.Next(40)));
                        break;
                    case 5: row.Operations.ForEach(o => o.IsConfidential = !o.IsConfidential); break;
                    default: row.Slug = $"{row.Slug}-{round}"; break;
                }

                changed.Add(row.Id);
            }

            await db.SaveChangesAsync();
            var reloaded = await DirectoryLoader.PlacesAsync(db, previous.Tactics, [.. changed], CancellationToken.None);
            var patched = previous.With(previous.Version + 1, 0, changed, reloaded);
            var fresh = await DirectoryIndexes.BuildAsync(db);

            Assert.Equal(fresh.Totals, patched.Totals);
            Assert.Equal(fresh.TacticSummaries, patched.TacticSummaries);
            Assert.Equal(fresh.States, patched.States);
            // The directory-wide figures a save patches rather than recounts.
            Assert.Equal(fresh.YearsByTactic.Select(y => string.Join(' ', y)), patched.YearsByTactic.Select(y => string.Join(' ', y)));
            Assert.Equal(fresh.HomeCharts.States, patched.HomeCharts.States);
            Assert.Equal(fresh.HomeCharts.Years, patched.HomeCharts.Years);
            Assert.Equal(fresh.Places.Select(p => fresh.PositionOf(p.Slug)), fresh.Places.Select(p => patched.PositionOf(p.Slug)));
            foreach (var text in changed.Select(id => fresh.ById(id)).OfType<DirectoryPlace>().Select(p => TextFrom(random, p, 6)).Append($"vale {round}").OfType<string>())
            {
                var search = new JurisdictionFilter { Text = text };
                Assert.Equal(fresh.Match(search).Positions(), patched.Match(search).Positions());
            }

            for (var i = 0; i < 80; i++)
            {
                var filter = RandomFilter(random, fresh) with { Page = 1 };
                Assert.Equal(Describe(fresh.Page(filter).Items), Describe(patched.Page(filter).Items));
                // A list whose content moved must move its cache key; one that did not may keep it.
                var query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString()));
                var (keyBefore, keyAfter) = (PageStamps.Of("/jurisdictions", query, previous), PageStamps.Of("/jurisdictions", query, patched));
                if (Shown(previous, filter) != Shown(patched, filter))
                {
                    Assert.True(keyBefore != keyAfter, $"round {round}: {filter.ToQueryString()} shows other content under the same cache key");
                }
                else if (keyBefore == keyAfter)
                {
                    keptKeys++;
                }

                var (expected, actual) = (fresh.Match(filter), patched.Match(filter));
                Assert.Equal(expected.Count, actual.Count);
                Assert.Equal(fresh.YearTotals(expected), patched.YearTotals(actual));
                Assert.Equal(fresh.StateTotals(expected), patched.StateTotals(actual));
                Assert.Equal(fresh.Adoption(expected), patched.Adoption(actual));
            }

            previous = patched;
        }

        // Edits of a few places leave most lists as they were, and their cached pages with them.
        Assert.True(keptKeys > 80, $"only {keptKeys} of 480 lists kept their cache key");
    }

    /// <summary>Everything a list page shows of a filter: its rows, total, map and charts.</summary>
    private static string Shown(DirectoryIndex index, JurisdictionFilter filter)
    {
        var set = index.Match(filter);
        var map = index.Map(set);
        return string.Join("\n", [
            .. Describe(index.Page(set, filter.Sort, filter.Page, filter.PageSize).Items), set.Count.ToString(CultureInfo.InvariantCulture),
            .. map.Places.Select(p => $"{p.Slug} {p.Name} {p.Latitude} {p.Longitude} {string.Join(",", p.Tactics)}"),
            .. index.YearTotals(set).Select(y => y.ToString()), .. index.StateTotals(set).Select(s => s.ToString()),
            .. index.Adoption(set).Select(a => a.ToString())]);
    }

    private static IEnumerable<string> Describe(IEnumerable<JurisdictionRow> rows) =>
        rows.Select(r => $"{r.Slug} {r.Population} {r.UpdatedAt:O} [{string.Join(",", r.Tactics.Select(t => t.Slug))}]");

    /// <summary>
    /// Random raw values for every field of the list, drawn as the query string would carry them, so a new field is
    /// asked of SQL and the index both or these tests fail (see <see cref="Every_filter_field_takes_a_value_in_some_random_filter"/>).
    /// </summary>
    private static readonly Dictionary<string, Func<Random, DirectoryIndex, DirectoryPlace, string[]>> Samples = new(StringComparer.Ordinal)
    {
        ["tactic"] = (random, index, _) => [.. index.Tactics.OrderBy(_ => random.Next()).Take(random.Next(4)).Select(t => t.Slug)],
        ["match"] = (random, _, _) => [random.Next(3) > 0 ? "all" : "any"],
        ["evidence"] = (random, _, _) => random.Next(5) == 0 ? ["stated"] : [],
        ["state"] = (random, _, place) => random.Next(3) == 0 ? [place.StateCode] : [],
        ["type"] = (random, _, _) => random.Next(4) == 0 ? [Enum.GetNames<JurisdictionType>()[random.Next(8)]] : [],
        ["minPop"] = (random, _, _) => random.Next(5) == 0 ? [Number(random.Next(0, 60_000))] : [],
        ["maxPop"] = (random, _, _) => random.Next(5) == 0 ? [Number(random.Next(0, 500_000))] : [],
        ["q"] = (random, _, place) => random.Next(6) == 0 && TextFrom(random, place) is { } text ? [text] : [],
        ["sort"] = (random, _, _) => [JurisdictionFilter.SortKeys.Keys.ElementAt(random.Next(6))],
        ["page"] = (random, _, _) => [Number(1 + random.Next(3))],
        ["pageSize"] = (random, _, _) => [Number(new[] { 10, 25, 100 }[random.Next(3)])],
    };

    [Fact]
    public async Task Every_filter_field_takes_a_value_in_some_random_filter()
    {
        await using var db = database.Open();
        var index = await DirectoryIndexes.BuildAsync(db);
        var random = new Random(14);
        var filters = Enumerable.Range(0, 300).Select(_ => RandomFilter(random, index)).ToList();

        Assert.All(JurisdictionFilterFields.All, field => Assert.True(filters.Any(f => field.Write(f).Any()), $"no random filter sets {field.Key}"));
    }

    private static JurisdictionFilter RandomFilter(Random random, DirectoryIndex index)
    {
        while (true)
        {
            var place = index.Places[random.Next(index.Places.Count)];
            var query = new QueryCollection(JurisdictionFilterFields.All.ToDictionary(
                f => f.Key,
                f => new StringValues(Samples.TryGetValue(f.Key, out var sample) ? sample(random, index, place) : throw new KeyNotFoundException($"no random values for the filter field {f.Key}: add them to {nameof(Samples)}"))));
            // A population range drawn upside down is refused; draw again.
            if (JurisdictionFilter.Parse(query, index.TacticsBySlug).Filter is { } filter)
            {
                return filter;
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? TextFrom(Random random, DirectoryPlace place, int length = 4)
    {
        var source = random.Next(2) == 0 || place.PartnerNames.Count == 0 ? place.Name : place.PartnerNames[random.Next(place.PartnerNames.Count)];
        var start = random.Next(Math.Max(1, source.Length - length));
        return source.Substring(start, Math.Min(length, source.Length - start)).ToLowerInvariant().Trim() is { Length: > 0 } part ? part : null;
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
