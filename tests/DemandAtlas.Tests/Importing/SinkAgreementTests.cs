using System.Globalization;
using DemandAtlas.Synthetic;
using DemandAtlas.Tests.Importing.Corpus;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Importing;

/// <summary>
/// New jurisdictions are written by SQLite's prepared statements (the bulk path) or by EF (any engine); both take
/// the same rows from one pure step, and these tests hold them to writing the same store.
/// </summary>
public sealed class SinkAgreementTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public async Task The_bulk_and_the_EF_sink_write_the_same_rows_into_every_table_from_the_same_documents()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var files = Documents(harness);

        await using var bulkStore = await NewStoreAsync();
        await using var efStore = await NewStoreAsync();
        await ImportAsync(bulkStore, files, bulkInsert: true);
        await ImportAsync(efStore, files, bulkInsert: false);
        var bulk = await DumpAsync(bulkStore);
        var entities = await DumpAsync(efStore);

        // Ids are compared too, all but partners' (see ByPartnerSlug): both sinks insert the same rows in the same
        // order into fresh stores, so the ids agree, and every foreign key with them. Timestamps (created, updated,
        // imported, the audit entry) come from one fixed clock, so they agree as well.
        Assert.Equal(bulk.Keys, entities.Keys);
        var differences = bulk.Where(t => !t.Value.SequenceEqual(entities[t.Key])).Select(t => $"{t.Key} differs:\n{FirstDifference(t.Value, entities[t.Key])}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));

        // The documents reach every case a sink handles, so agreeing means something.
        foreach (var table in new[] { "Jurisdictions", "Claims", "Evidence", "Partners", "JurisdictionPartners", "Operations", "OperationTactics", "OperationPartners", "Sources", "SourceTactics", "SourceItems", "RelatedJurisdictions", "ImportWarnings", "AuditLog" })
        {
            Assert.NotEmpty(bulk[table]);
        }

        await using var db = efStore.Open();
        Assert.True(await db.Partners.AnyAsync(p => p.ParentId != null), "a sub-unit is written under its parent");
        // Two names (one merged away, one in other case and spacing) lead to one partner, linked once.
        Assert.Equal(["Regional Vice Task Force"], await db.JurisdictionPartners.Where(p => p.Jurisdiction.Slug == "mergedton-vt").Select(p => p.Partner.Name).ToListAsync());
        var early = await db.RelatedJurisdictions.SingleAsync(r => r.Jurisdiction.Slug == "earlytown-vt");
        Assert.Equal(await db.Jurisdictions.Where(j => j.Slug == "latetown-vt").Select(j => (int?)j.Id).SingleAsync(), early.MatchedJurisdictionId);
        Assert.False(await db.ImportWarnings.AnyAsync(w => w.Jurisdiction.Slug == "earlytown-vt" && w.Code == WarningCodes.UnmatchedNeighbour));
        Assert.True(await db.Claims.AnyAsync(c => c.Strength != null), "the store's triggers kept each claim's strength");
    }

    /// <summary>The seed, the scored corpus, synthetic profiles, and a few documents for the cases those may lack.</summary>
    private static List<string> Documents(ImportHarness harness)
    {
        List<string> files = [Seeds.PathOf(Seeds.Westborough), .. Directory.GetFiles(CorpusFacts.Folder, "*.txt").Order(StringComparer.Ordinal)];
        const int Synthetic = 40;
        for (var n = 1; n <= Synthetic; n++)
        {
            var document = SyntheticProfiles.Generate(n, Synthetic, seed: 17);
            files.Add(harness.WriteBytes(document.FileName, document.ToBytes()));
        }

        files.Add(harness.Write("mergedton.txt", Profiles.Document(
            title: "Mergedton, VT",
            narrative: ["In 2022 the Old Vice Squad arrested 9 men for soliciting in a reverse sting."],
            partners: ["• Old Vice Squad", "• regional   vice task FORCE"])));
        files.Add(harness.Write("subunits.txt", Profiles.Document(
            title: "Unitville, VT",
            partners: ["• Unitville Police Department", "   ◦ Unitville Vice Unit"])));
        files.Add(harness.Write("earlytown.txt", Neighbourly("Earlytown", "Latetown")));
        files.Add(harness.Write("latetown.txt", Neighbourly("Latetown", "Nobodyville")));
        return files;
    }

    private static string Neighbourly(string name, string neighbour) => Profiles.Document(
        title: $"{name}, VT",
        narrative: [$"{name} is a test place. Other towns in Test County that have worked to address demand include {neighbour}."]);

    /// <summary>A fresh store holding a partner merged into another before the run: documents naming it must link the survivor.</summary>
    private static async Task<TestDatabase> NewStoreAsync()
    {
        var store = await TestDatabase.CreateAsync();
        await using var db = store.Open();
        var survivor = new Partner { Slug = "regional-vice-task-force", Name = "Regional Vice Task Force" };
        db.Partners.Add(survivor);
        await db.SaveChangesAsync();
        db.PartnerAliases.Add(new PartnerAlias { Slug = "old-vice-squad", PartnerId = survivor.Id });
        await db.SaveChangesAsync();
        return store;
    }

    private static async Task ImportAsync(TestDatabase store, List<string> files, bool bulkInsert)
    {
        await using var db = store.Open();
        using var importer = new ProfileImporter(db, new FixedClock(Now)) { BulkInsert = bulkInsert };
        await importer.PrepareConnectionAsync(CancellationToken.None);
        var (results, _) = await importer.ImportFilesAsync(files, null, CancellationToken.None);
        // Some corpus documents are meant to fail parsing; the store refuses none.
        Assert.DoesNotContain(results, r => r.Errors.Any(e => e.Code == "store-error"));
        Assert.Contains(results, r => r.Status == ImportStatus.Created);
    }

    /// <summary>
    /// Every row of every table, in the order of its ids, each as one line of its columns' values; partners by slug
    /// (see <see cref="ByPartnerSlug"/>).
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(TestDatabase store)
    {
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // The change feed (and its sequence) is bookkeeping: the bulk path leaves out rows naming a place it has
            // already named in the same transaction, so its rows are compared as the set of places named (below).
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('__EFMigrationsHistory', 'StoreChanges', 'sqlite_sequence') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, string>>();
            while (await reader.ReadAsync())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i =>
                    reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!));
            }

            dump[table] = rows;
        }

        await using (var named = connection.CreateCommand())
        {
            named.CommandText = "SELECT DISTINCT JurisdictionId FROM StoreChanges ORDER BY JurisdictionId";
            await using var reader = await named.ExecuteReaderAsync();
            var places = new List<Dictionary<string, string>>();
            while (await reader.ReadAsync())
            {
                places.Add(new() { ["NamedInFeed"] = reader.IsDBNull(0) ? "NULL" : reader.GetInt64(0).ToString(CultureInfo.InvariantCulture) });
            }

            dump["StoreChanges (places named)"] = places;
        }

        ByPartnerSlug(dump);
        return dump.ToDictionary(t => t.Key, t =>
        {
            List<string> lines = [.. t.Value.Select(row => string.Join(" | ", row.Select(c => $"{c.Key}={c.Value}")))];
            // A table without an Id column (a link table, or partners once their ids are gone) has no order of its
            // own: EF inserts link rows in key order, the bulk path in document order, so their hidden rowids differ.
            return t.Value.Count > 0 && t.Value[0].ContainsKey("Id") ? lines : [.. lines.Order(StringComparer.Ordinal)];
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The one id that legitimately differs: a partner's. EF orders a save's inserts by their dependencies, so a new
    /// sub-unit is written after every new partner without a parent, where the bulk path writes each partner as the
    /// document names it; the same partners get other ids. Partners are compared by slug instead, and every
    /// reference to one (links, sub-units' parents, merged names) names the slug.
    /// </summary>
    private static void ByPartnerSlug(Dictionary<string, List<Dictionary<string, string>>> dump)
    {
        var slugs = dump["Partners"].ToDictionary(p => p["Id"], p => p["Slug"], StringComparer.Ordinal);
        foreach (var partner in dump["Partners"])
        {
            partner.Remove("Id");
        }

        foreach (var row in dump.Values.SelectMany(rows => rows))
        {
            foreach (var column in new[] { "PartnerId", "ParentId" })
            {
                if (row.TryGetValue(column, out var id) && id != "NULL")
                {
                    row[column] = "partner " + slugs[id];
                }
            }
        }
    }

    private static string FirstDifference(List<string> bulk, List<string> entities)
    {
        for (var i = 0; i < Math.Max(bulk.Count, entities.Count); i++)
        {
            var a = i < bulk.Count ? bulk[i] : "(none)";
            var b = i < entities.Count ? entities[i] : "(none)";
            if (a != b)
            {
                return $"row {i} of {bulk.Count} / {entities.Count}\n  bulk: {a}\n  EF:   {b}";
            }
        }

        return "";
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
