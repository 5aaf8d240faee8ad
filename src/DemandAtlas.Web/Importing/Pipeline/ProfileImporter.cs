using System.Diagnostics;
using System.Text.Json.Nodes;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing.Pipeline;

/// <summary>
/// Imports profile documents into the store: one transaction per document (a failing document leaves nothing
/// behind and does not stop the others), idempotent by content hash, tactics and partners cached per run and
/// the change tracker cleared after each document so memory stays flat. Use one importer per run.
/// </summary>
public sealed class ProfileImporter(AtlasDb db, TimeProvider clock, bool dryRun = false) : IDisposable
{
    /// <summary>Documents per committed batch (each is still all-or-nothing through its own savepoint).</summary>
    private const int BatchSize = 50;

    private IJurisdictionSink? sink;
    private DocumentSavepoint? savepoint;
    private IDbContextTransaction? batch;
    private readonly List<DocumentResult> pending = [];
    private readonly Dictionary<string, string> firstFileBySlug = new(StringComparer.Ordinal);
    private ImportCaches? caches;

    public bool DryRun => dryRun;

    /// <summary>
    /// New jurisdictions go through SQLite's prepared statements (<see cref="FastInsert"/>, the default) or, when
    /// false, through EF (<see cref="EntitySink"/>): the same rows either way, which a test checks table by table.
    /// </summary>
    internal bool BulkInsert { get; init; } = true;

    /// <summary>Imports files in order, reporting each result as it lands.</summary>
    /// <remarks>
    /// With <paramref name="keepResults"/> false only the counts are kept, so a caller that reports each result
    /// through <paramref name="onResult"/> (the import verb) uses the same memory for ten documents or a million.
    /// </remarks>
    public async Task<(List<DocumentResult> Results, ImportSummary Summary)> ImportFilesAsync(
        IReadOnlyList<string> files, Action<DocumentResult>? onResult, CancellationToken cancellationToken, bool keepResults = true)
    {
        var watch = Stopwatch.StartNew();
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        using var queue = new PreparedQueue(files, caches.Lexicon, cancellationToken);
        return await WriteAllAsync(queue, watch, onResult, keepResults, cancellationToken);
    }

    /// <summary>
    /// Imports documents already being prepared with the lexicon of a store this run creates (see the import verb):
    /// the catalog's, which is what the store's migration seeds.
    /// </summary>
    internal async Task<(List<DocumentResult> Results, ImportSummary Summary)> ImportAsync(
        PreparedQueue queue, Action<DocumentResult>? onResult, CancellationToken cancellationToken, bool keepResults = true)
    {
        var watch = Stopwatch.StartNew();
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        if (!caches.Lexicon.SameAs(queue.Lexicon))
        {
            throw new InvalidOperationException("the documents were prepared with tactic names other than the store's");
        }

        return await WriteAllAsync(queue, watch, onResult, keepResults, cancellationToken);
    }

    private async Task<(List<DocumentResult> Results, ImportSummary Summary)> WriteAllAsync(
        PreparedQueue queue, Stopwatch watch, Action<DocumentResult>? onResult, bool keepResults, CancellationToken cancellationToken)
    {
        var results = new List<DocumentResult>();
        var counts = new ImportTally();
        while (await queue.NextAsync() is { } prepared)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pending.Add(await WriteAsync(prepared, cancellationToken));
            if (pending.Count >= BatchSize || queue.IsEmpty)
            {
                foreach (var result in await CommitBatchAsync(cancellationToken))
                {
                    counts.Add(result);
                    if (keepResults)
                    {
                        results.Add(result);
                    }

                    onResult?.Invoke(result);
                }
            }
        }

        var summary = counts.Summary(watch.Elapsed, dryRun);
        // Audited only when content changed, so re-importing unchanged documents writes nothing at all.
        if (!dryRun && summary.Created + summary.Updated > 0)
        {
            // Plain SQL: the run's only EF save would build EF's whole update pipeline for one row.
            var at = (string)new UtcTextConverter().ConvertToProvider(clock.GetUtcNow())!;
            var details = $"{summary.Documents} documents: {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped} skipped, {summary.Failed} failed";
            await db.Database.ExecuteSqlAsync($"INSERT INTO AuditLog (At, Actor, Action, Details) VALUES ({at}, 'import', 'import', {details})", cancellationToken);
        }

        return (results, summary);
    }

    public async Task<DocumentResult> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        pending.Add(await WriteAsync(PreparedDocument.Read(path, caches.Lexicon), cancellationToken));
        return (await CommitBatchAsync(cancellationToken))[^1];
    }

    /// <summary>Imports one document's bytes; <paramref name="path"/> is reported and its file name stored.</summary>
    public async Task<DocumentResult> ImportAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        pending.Add(await WriteAsync(PreparedDocument.Parse(path, bytes, caches.Lexicon), cancellationToken));
        return (await CommitBatchAsync(cancellationToken))[^1];
    }

    /// <summary>
    /// Commits the documents written since the last batch and hands back their results (reported only once
    /// durable). Each document was its own savepoint inside the batch, so one that failed left nothing behind;
    /// committing a few dozen at once saves SQLite rewriting the same index pages into the WAL per document,
    /// which was most of a bulk import's cost.
    /// </summary>
    private async Task<List<DocumentResult>> CommitBatchAsync(CancellationToken cancellationToken)
    {
        if (batch is not null)
        {
            await batch.CommitAsync(cancellationToken);
            await batch.DisposeAsync();
            batch = null;
        }

        List<DocumentResult> done = [.. pending];
        pending.Clear();
        return done;
    }

    private async Task<DocumentResult> WriteAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        if (prepared.Failure is { } failure)
        {
            return failure;
        }

        var path = prepared.Path;
        var profile = prepared.Profile!;
        if (firstFileBySlug.TryGetValue(profile.Slug, out var first))
        {
            return new DocumentResult(path, ImportStatus.Skipped, profile.Slug, [],
                [new ProfileIssue(1, "duplicate-jurisdiction", $"{profile.Slug} was already imported from {first} in this run; this document was skipped")]);
        }

        var sha = prepared.Sha!;
        var existing = caches.Jurisdictions.GetValueOrDefault(profile.Slug);
        if (existing is not null && existing.Sha == sha)
        {
            firstFileBySlug[profile.Slug] = path;
            return new DocumentResult(path, ImportStatus.Unchanged, profile.Slug, [], []);
        }

        batch ??= await db.Database.BeginTransactionAsync(cancellationToken);
        savepoint ??= new DocumentSavepoint((SqliteConnection)db.Database.GetDbConnection());
        savepoint.Begin();
        try
        {
            var now = clock.GetUtcNow();
            var rows = JurisdictionRows.FromDocument(prepared, caches, existing?.Id);
            List<ProfileIssue> warnings;
            List<(string Slug, int Id)> newPartners;
            var id = existing?.Id ?? 0;
            if (existing is null)
            {
                sink ??= BulkInsert ? new FastInsert((SqliteConnection)db.Database.GetDbConnection()) : new EntitySink(db);
                id = await sink.InsertAsync(rows, now, cancellationToken);
                warnings = rows.NewJurisdictionWarnings();
                newPartners = [.. sink.NewPartners];
            }
            else
            {
                var history = new JurisdictionEditor(db, new SnapshotApplier(db));
                var before = JurisdictionSnapshot.Capture((await history.LoadAsync(profile.Slug, cancellationToken))!).ToJson();
                db.ChangeTracker.Clear();
                var writer = new ImportWriter(db, now);
                warnings = await writer.UpdateAsync(existing.Id, rows, cancellationToken);
                newPartners = [.. writer.NewPartners];
                await RecordUpdateAsync(history, profile.Slug, before, profile.File, now, cancellationToken);
            }

            if (dryRun)
            {
                savepoint.Undo();
            }
            else
            {
                savepoint.Release();
                // Visible to the rest of the run on this connection; the batch commits them all together.
                caches.Commit(newPartners);
                caches.Remember(profile.Slug, new KnownJurisdiction(id, profile.StateCode, sha));
            }

            firstFileBySlug[profile.Slug] = path;
            return new DocumentResult(path, existing is null ? ImportStatus.Created : ImportStatus.Updated, profile.Slug, warnings, []);
        }
        // Whatever goes wrong with one document is that document's failure, never the run's.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            savepoint.Undo();
            return new DocumentResult(path, ImportStatus.Failed, profile.Slug, profile.Warnings,
                [new ProfileIssue(null, "store-error", $"the store refused the document: {ex.GetBaseException().Message}")]);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// An update is a revision by "import", like a staff save: the history shows what the document changed, and
    /// staff can restore what was there before. A new jurisdiction gets none (its first import is its start).
    /// </summary>
    private async Task RecordUpdateAsync(JurisdictionEditor history, string slug, JsonObject before, string file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var after = (await history.LoadAsync(slug, cancellationToken))!;
        var changes = FieldChange.Diff(before, JurisdictionSnapshot.Capture(after).ToJson());
        if (changes.Count > 0)
        {
            await history.AddRevisionAsync(after, changes, "import", $"Imported {file}", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        // A batch still open here was never reported as done, so it is rolled back, not committed.
        batch?.Dispose();
        (sink as IDisposable)?.Dispose();
        savepoint?.Dispose();
    }

    /// <summary>
    /// Makes a bulk run cheap: WAL keeps the store consistent with synchronous=NORMAL, and temp_store=MEMORY keeps
    /// each document's savepoint journal in memory. On disk, SQLite spilled it to a temporary file past 64 KB, two
    /// writes per page a document touched: about 190 system calls a document, most of an import's kernel time.
    /// </summary>
    public async Task PrepareConnectionAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;", cancellationToken);
    }
}
