using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Importing.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DemandAtlas.Tests.Importing;

/// <summary>The bulk path: documents prepared ahead on other threads, written through prepared statements.</summary>
public sealed class ImportPipelineTests
{
    private static readonly string[] StingNarrative =
        ["In March 2021 detectives posed as women selling sex and arrested 12 men for soliciting in a reverse sting."];

    [Fact]
    public async Task A_document_the_store_refuses_fails_with_the_stores_reason_leaves_nothing_and_the_rest_import()
    {
        await using var harness = await ImportHarness.CreateAsync();
        await using (var db = harness.Database.Open())
        {
            // Refuses the claims of one place, after its jurisdiction row is already written.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER refuse_for_test BEFORE INSERT ON Claims
                WHEN NEW.JurisdictionId IN (SELECT Id FROM Jurisdictions WHERE Name = 'Refusedtown')
                BEGIN SELECT RAISE(ABORT, 'refused by this test'); END;
                """);
        }

        var first = harness.Write("a.txt", Profiles.Document(title: "Firsttown, VT", narrative: StingNarrative));
        var refused = harness.Write("b.txt", Profiles.Document(title: "Refusedtown, VT", narrative: StingNarrative));
        var last = harness.Write("c.txt", Profiles.Document(title: "Lasttown, VT", narrative: StingNarrative));

        var (results, summary) = await harness.ImportAsync(false, first, refused, last);

        Assert.Equal([ImportStatus.Created, ImportStatus.Failed, ImportStatus.Created], results.Select(r => r.Status));
        var error = Assert.Single(results[1].Errors);
        Assert.Equal("store-error", error.Code);
        Assert.Contains("refused by this test", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (summary.Created, summary.Failed));
        await using var check = harness.Database.Open();
        Assert.Equal(["Firsttown", "Lasttown"], await check.Jurisdictions.OrderBy(j => j.Name).Select(j => j.Name).ToListAsync());
        Assert.Equal(2, await check.Operations.CountAsync());
        Assert.True(await check.Claims.AnyAsync(c => c.Jurisdiction.Name == "Lasttown"));
        var audit = await check.AuditLog.SingleAsync(a => a.Actor == "import");
        Assert.Equal("3 documents: 2 created, 0 updated, 0 unchanged, 0 skipped, 1 failed", audit.Details);
        Assert.InRange(audit.At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Every_statement_of_the_bulk_writer_finds_its_rows_through_an_index()
    {
        await using var harness = await ImportHarness.CreateAsync();
        await using var db = harness.Database.Open();
        var (connection, insert, caches) = await OpenWriterAsync(db);
        using var _ = insert;
        Insert(insert, caches, Profiles.Document(narrative: StingNarrative, partners: ["Testford Police Department"]));
        Insert(insert, caches, Neighbourly("Nexttown", "Testford"));

        Assert.Contains(insert.Statements.Keys, sql => sql.StartsWith("DELETE", StringComparison.Ordinal));
        foreach (var sql in insert.Statements.Keys)
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            for (var i = 0; sql.Contains($"${i}", StringComparison.Ordinal); i++)
            {
                explain.Parameters.AddWithValue($"${i}", DBNull.Value);
            }

            using var plan = explain.ExecuteReader();
            while (plan.Read())
            {
                Assert.False(plan.GetString(3).StartsWith("SCAN", StringComparison.Ordinal), $"{plan.GetString(3)} in {sql}");
            }
        }
    }

    [Fact]
    public async Task Linking_a_new_place_to_earlier_mentions_costs_the_same_however_many_open_warnings_the_store_has()
    {
        // The back-fill once searched every open "no profile matches" warning and every place in the state, so a
        // bulk import slowed as the directory grew. SQLite's step counts measure the rows visited, without a clock.
        Assert.InRange(await BackfillStepsAsync(noise: 400), 0, 2 * await BackfillStepsAsync(noise: 4));
    }

    private static async Task<int> BackfillStepsAsync(int noise)
    {
        await using var harness = await ImportHarness.CreateAsync();
        await using var db = harness.Database.Open();
        var (_, insert, caches) = await OpenWriterAsync(db);
        using var _ = insert;
        for (var i = 0; i < noise; i++)
        {
            Insert(insert, caches, Neighbourly($"Noisetown{i}", $"Nowhere{i}"));
        }

        Insert(insert, caches, Neighbourly("Earlytown", "Latetown"));
        Assert.Equal(noise + 1, await db.ImportWarnings.CountAsync(w => w.Code == WarningCodes.UnmatchedNeighbour));
        var backfill = insert.Statements.Where(s => s.Key.StartsWith("UPDATE", StringComparison.Ordinal) || s.Key.StartsWith("DELETE", StringComparison.Ordinal))
            .Select(s => s.Value).ToList();
        var before = backfill.Sum(s => s.Steps);

        Insert(insert, caches, Neighbourly("Latetown", "Earlytown"));

        Assert.Equal(noise, await db.ImportWarnings.CountAsync(w => w.Code == WarningCodes.UnmatchedNeighbour));
        return backfill.Sum(s => s.Steps) - before;
    }

    private static string Neighbourly(string name, string neighbour) => Profiles.Document(
        title: $"{name}, VT",
        narrative: [$"{name} is a test place. Other towns in Test County that have worked to address demand include {neighbour}."]);

    private static async Task<(SqliteConnection Connection, FastInsert Insert, ImportCaches Caches)> OpenWriterAsync(AtlasDb db)
    {
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return (connection, new FastInsert(connection), await ImportCaches.LoadAsync(db, CancellationToken.None));
    }

    private static void Insert(FastInsert insert, ImportCaches caches, string text)
    {
        var prepared = PreparedDocument.Parse("test.txt", System.Text.Encoding.UTF8.GetBytes(text), caches.Lexicon);
        insert.Insert(prepared, DateTimeOffset.UtcNow, caches);
        caches.Remember(prepared.Profile!.Slug, new KnownJurisdiction(insert.LastId, prepared.Profile.StateCode, prepared.Sha));
    }

    [Fact]
    public async Task Documents_prepared_ahead_come_out_in_file_order_with_unreadable_ones_as_failures()
    {
        await using var harness = await ImportHarness.CreateAsync();
        // More files than the queue holds at once, so it refills as the writer takes them.
        var files = Enumerable.Range(0, 300)
            .Select(i => harness.Write($"{i:D3}.txt", Profiles.Document(title: $"Town{i:D3}, VT")))
            .ToList();
        var missing = Path.Combine(harness.Folder, "gone.txt");
        files.Insert(150, missing);

        var seen = new List<PreparedDocument>();
        using (var queue = new PreparedQueue(files, TacticLexicon.FromCatalog(), CancellationToken.None))
        {
            while (await queue.NextAsync() is { } document)
            {
                seen.Add(document);
            }

            Assert.True(queue.IsEmpty);
        }

        Assert.Equal(files, seen.Select(d => d.Path));
        Assert.Contains("cannot read the file", Assert.Single(seen, d => d.Failure is not null).Failure!.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("town042-vt", seen[42].Profile!.Slug);
    }

    [Fact]
    public async Task A_new_stores_tactic_names_are_the_catalogs_so_its_documents_can_be_prepared_before_it_exists()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.True((await ImportCaches.LoadAsync(db, CancellationToken.None)).Lexicon.SameAs(TacticLexicon.FromCatalog()));

        var tactic = await db.Tactics.FirstAsync(t => t.Slug == "web-stings");
        db.TacticAliases.Add(new() { TacticId = tactic.Id, Name = "cyber decoys", Key = "cyber decoys" });
        await db.SaveChangesAsync();
        Assert.False((await ImportCaches.LoadAsync(db, CancellationToken.None)).Lexicon.SameAs(TacticLexicon.FromCatalog()));
    }

    [Fact]
    public async Task Documents_prepared_with_other_tactic_names_than_the_stores_are_refused_before_anything_is_written()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var file = harness.Write("a.txt", Profiles.Document());
        var other = new TacticLexicon([("reverse-stings", "Reverse stings")], []);
        await using var db = harness.Database.Open();
        using var importer = new ProfileImporter(db, TimeProvider.System);
        using var queue = new PreparedQueue([file], other, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(queue, null, CancellationToken.None));
        Assert.Equal(0, (await harness.CountsAsync())["jurisdictions"]);
    }

    [Fact]
    public async Task A_store_is_new_until_its_file_has_content()
    {
        var folder = Directory.CreateTempSubdirectory("demandatlas-newstore-").FullName;
        try
        {
            var path = Path.Combine(folder, "atlas.db");
            Assert.True(DataServices.IsNewStore(Services($"Data Source={path}")));
            await File.WriteAllBytesAsync(path, []);
            Assert.True(DataServices.IsNewStore(Services($"Data Source={path}")));

            await using var database = await TestDatabase.CreateAsync();
            Assert.False(DataServices.IsNewStore(Services(database.ConnectionString)));
            Assert.False(DataServices.IsNewStore(Services($"Data Source={database.Path};Mode=ReadOnly")));
            Assert.False(DataServices.IsNewStore(Services("Data Source=:memory:")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Services(string connectionString) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DataServices.ConnectionName}"] = connectionString })
            .Build())
        .AddSingleton<IHostEnvironment>(new HostEnvironment { ContentRootPath = Path.GetTempPath() })
        .BuildServiceProvider();

    private sealed class HostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "DemandAtlas.Tests";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
