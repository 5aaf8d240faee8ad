using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Editing;
using System.Data.Common;
using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DemandAtlas.Tests.Editing;

/// <summary>
/// A save reads and diffs outside the write lock, so another writer can land between its read and its write. These
/// put that writer exactly there, inside the save's change function, which runs after the read.
/// </summary>
public sealed class ConcurrentSaveTests
{
    [Fact]
    public async Task A_save_overtaken_between_its_read_and_its_write_is_a_conflict_that_writes_nothing()
    {
        await using var store = await TestDatabase.CreateAsync();
        var place = new JurisdictionBuilder("Overtaken").WithNarrative("The first text.");
        await using (var setup = store.Open())
        {
            await place.SaveAsync(setup);
        }

        await using var db = store.Open();
        var version = await db.Jurisdictions.Where(j => j.Slug == place.Slug).Select(j => j.Version).SingleAsync();
        var result = await new JurisdictionEditor(db, new SnapshotApplier(db)).SaveAsync(place.Slug, version, "late@example.org", "Late edit", s =>
        {
            // Another writer (an editor, the importer) commits after this save has read the place.
            using var other = store.Open();
            other.Jurisdictions.Where(j => j.Slug == place.Slug)
                .ExecuteUpdate(u => u.SetProperty(j => j.Population, 4_321).SetProperty(j => j.Version, j => j.Version + 1));
            return s with { NarrativeMarkdown = "The late editor's text.", Partners = ["Overtaken Police Department"] };
        }, CancellationToken.None);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal((version + 1, 4_321), (result.Version, result.Current!.Population));
        await using var check = store.Open();
        var stored = await check.Jurisdictions.Include(j => j.Partners).SingleAsync(j => j.Slug == place.Slug);
        Assert.Equal(("The first text.", version + 1), (stored.NarrativeMarkdown, stored.Version));
        Assert.Empty(stored.Partners);
        Assert.False(await check.Partners.AnyAsync(p => p.Name == "Overtaken Police Department"));
        Assert.False(await check.Revisions.AnyAsync(r => r.Author == "late@example.org"));
    }

    [Fact]
    public async Task A_save_that_races_another_to_create_the_same_partner_is_done_again_and_links_the_one_partner()
    {
        await using var store = await TestDatabase.CreateAsync();
        var place = new JurisdictionBuilder("Racewell");
        await using (var setup = store.Open())
        {
            await place.SaveAsync(setup);
        }

        const string partner = "Racewell Valley Task Force";
        // Another save, of another place, creates the partner just after this save looked for it and found none.
        var race = new AfterRead("FROM \"Partners\"", () =>
        {
            using var other = store.Open();
            other.Partners.Add(new() { Name = partner, Slug = Slugs.From(partner) });
            other.SaveChanges();
        });
        await using var db = new AtlasDb(new DbContextOptionsBuilder<AtlasDb>().UseSqlite(store.ConnectionString).AddInterceptors(race).Options);
        var version = await db.Jurisdictions.Where(j => j.Slug == place.Slug).Select(j => j.Version).SingleAsync();
        var calls = 0;
        var result = await new JurisdictionEditor(db, new SnapshotApplier(db)).SaveAsync(place.Slug, version, "racer@example.org", "Partner added", s =>
        {
            calls++;
            return s with { Partners = [partner] };
        }, CancellationToken.None);

        Assert.Equal((SaveOutcome.Saved, true, 2), (result.Outcome, race.Fired, calls));
        await using var check = store.Open();
        var stored = await check.Partners.Where(p => p.Slug == Slugs.From(partner)).Select(p => new { p.Id, Places = p.Jurisdictions.Count }).ToListAsync();
        Assert.Equal(1, Assert.Single(stored).Places);
        Assert.Equal(1, await check.Revisions.CountAsync(r => r.Author == "racer@example.org"));
        Assert.Equal(version + 1, await check.Jurisdictions.Where(j => j.Slug == place.Slug).Select(j => j.Version).SingleAsync());
    }

    /// <summary>Runs an action once, right after the first query whose SQL contains the given text has run.</summary>
    private sealed class AfterRead(string sql, Action action) : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (!Fired && command.CommandText.Contains(sql, StringComparison.Ordinal))
            {
                Fired = true;
                action();
            }

            return ValueTask.FromResult(result);
        }
    }
}
