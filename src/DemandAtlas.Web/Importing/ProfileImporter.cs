using System.Diagnostics;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DemandAtlas.Web.Importing;

/// <summary>
/// Imports profile documents into the store: one transaction per document (a failing document leaves nothing
/// behind and does not stop the others), idempotent by content hash, tactics and partners cached per run and
/// the change tracker cleared after each document so memory stays flat. Use one importer per run.
/// </summary>
public sealed class ProfileImporter(AtlasDb db, TimeProvider clock, bool dryRun = false) : IDisposable
{
    private FastInsert? fastInsert;
    private readonly Dictionary<string, string> firstFileBySlug = new(StringComparer.Ordinal);
    private ImportCaches? caches;

    public bool DryRun => dryRun;

    /// <summary>Documents parsed ahead of the writer; bounded so memory stays flat however many files there are.</summary>
    private const int ParseAhead = 32;

    /// <summary>
    /// Imports files in order, reporting each result as it lands. Reading and parsing are pure, so they run on
    /// the thread pool a few documents ahead while this thread writes: both cores work during a bulk import.
    /// </summary>
    /// <remarks>
    /// With <paramref name="keepResults"/> false only the counts are kept, so a caller that reports each result
    /// through <paramref name="onResult"/> (the import verb) uses the same memory for ten documents or a million.
    /// </remarks>
    public async Task<(List<DocumentResult> Results, ImportSummary Summary)> ImportFilesAsync(
        IReadOnlyList<string> files, Action<DocumentResult>? onResult, CancellationToken cancellationToken, bool keepResults = true)
    {
        var watch = Stopwatch.StartNew();
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        var lexicon = caches.Lexicon;
        var results = new List<DocumentResult>();
        var counts = new ImportTally();
        var ahead = new Queue<Task<PreparedDocument>>();
        var next = 0;
        void Fill()
        {
            while (ahead.Count < ParseAhead && next < files.Count)
            {
                var file = files[next++];
                ahead.Enqueue(Task.Run(() => PreparedDocument.Read(file, lexicon), cancellationToken));
            }
        }

        Fill();
        while (ahead.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = await ahead.Dequeue();
            Fill();
            var result = await WriteAsync(prepared, cancellationToken);
            counts.Add(result);
            if (keepResults)
            {
                results.Add(result);
            }

            onResult?.Invoke(result);
        }

        var summary = counts.Summary(watch.Elapsed, dryRun);
        // Audited only when content changed, so re-importing unchanged documents writes nothing at all.
        if (!dryRun && summary.Created + summary.Updated > 0)
        {
            db.AuditLog.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                Actor = "import",
                Action = "import",
                Details = $"{summary.Documents} documents: {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped} skipped, {summary.Failed} failed",
            });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (results, summary);
    }

    public async Task<DocumentResult> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        return await WriteAsync(PreparedDocument.Read(path, caches.Lexicon), cancellationToken);
    }

    /// <summary>Imports one document's bytes; <paramref name="path"/> is reported and its file name stored.</summary>
    public async Task<DocumentResult> ImportAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        return await WriteAsync(PreparedDocument.Parse(path, bytes, caches.Lexicon), cancellationToken);
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
        var existing = await db.Jurisdictions.AsNoTracking()
            .Where(j => j.Slug == profile.Slug)
            .Select(j => new { j.Id, j.SourceSha256 })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null && existing.SourceSha256 == sha)
        {
            firstFileBySlug[profile.Slug] = path;
            return new DocumentResult(path, ImportStatus.Unchanged, profile.Slug, [], []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            List<ProfileIssue> warnings;
            List<(string Slug, int Id)> newPartners;
            if (existing is null)
            {
                fastInsert ??= new FastInsert((SqliteConnection)db.Database.GetDbConnection());
                warnings = fastInsert.Insert(profile, prepared.Html!, sha, now, caches, (SqliteTransaction)transaction.GetDbTransaction());
                newPartners = fastInsert.NewPartners;
            }
            else
            {
                var writer = new ImportWriter(db, caches, now);
                warnings = await writer.UpdateAsync(existing.Id, profile, sha, cancellationToken);
                newPartners = [.. writer.NewPartners.Select(p => (p.Slug, p.Id))];
            }

            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
                caches.Commit(newPartners);
            }

            firstFileBySlug[profile.Slug] = path;
            return new DocumentResult(path, existing is null ? ImportStatus.Created : ImportStatus.Updated, profile.Slug, warnings, []);
        }
        // Whatever goes wrong with one document is that document's failure, never the run's.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return new DocumentResult(path, ImportStatus.Failed, profile.Slug, profile.Warnings,
                [new ProfileIssue(null, "store-error", $"the store refused the document: {ex.GetBaseException().Message}")]);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public void Dispose() => fastInsert?.Dispose();

    /// <summary>Makes commits cheap for a bulk run; WAL keeps the store consistent with synchronous=NORMAL.</summary>
    public async Task PrepareConnectionAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
    }
}
