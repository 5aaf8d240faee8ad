using System.Diagnostics;
using System.Security.Cryptography;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing;

/// <summary>
/// Imports profile documents into the store: one transaction per document (a failing document leaves nothing
/// behind and does not stop the others), idempotent by content hash, tactics and partners cached per run and
/// the change tracker cleared after each document so memory stays flat. Use one importer per run.
/// </summary>
public sealed class ProfileImporter(AtlasDb db, TimeProvider clock, bool dryRun = false)
{
    private readonly Dictionary<string, string> firstFileBySlug = new(StringComparer.Ordinal);
    private ImportCaches? caches;

    public bool DryRun => dryRun;

    /// <summary>Imports files in order, reporting each result as it lands.</summary>
    public async Task<(List<DocumentResult> Results, ImportSummary Summary)> ImportFilesAsync(
        IReadOnlyList<string> files, Action<DocumentResult>? onResult, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var results = new List<DocumentResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await ImportFileAsync(file, cancellationToken);
            results.Add(result);
            onResult?.Invoke(result);
        }

        var summary = ImportSummary.From(results, watch.Elapsed, dryRun);
        if (!dryRun && results.Count > 0)
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
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ProfileText.MaxBytes)
            {
                return DocumentResult.Failure(path, null, 1, $"file is {length:N0} bytes; the limit is {ProfileText.MaxBytes:N0} (1 MB)");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return await ImportAsync(path, bytes, cancellationToken);
        }
        catch (IOException ex)
        {
            return DocumentResult.Failure(path, null, null, $"cannot read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return DocumentResult.Failure(path, null, null, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Imports one document's bytes; <paramref name="path"/> is reported and its file name stored.</summary>
    public async Task<DocumentResult> ImportAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        caches ??= await ImportCaches.LoadAsync(db, cancellationToken);
        var fileName = Path.GetFileName(path);
        var profile = ProfileParser.Parse(bytes, fileName, caches.Lexicon);
        if (profile.Failed)
        {
            return new DocumentResult(path, ImportStatus.Failed, profile.Slug.Length > 0 ? profile.Slug : null, profile.Warnings, profile.Errors);
        }

        if (firstFileBySlug.TryGetValue(profile.Slug, out var first))
        {
            return new DocumentResult(path, ImportStatus.Skipped, profile.Slug, [],
                [new ProfileIssue(1, "duplicate-jurisdiction", $"{profile.Slug} was already imported from {first} in this run; this document was skipped")]);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
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
            var writer = new ImportWriter(db, caches, clock.GetUtcNow());
            var warnings = existing is null
                ? await writer.CreateAsync(profile, sha, cancellationToken)
                : await writer.UpdateAsync(existing.Id, profile, sha, cancellationToken);
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
                caches.Commit(writer.NewPartners);
            }

            firstFileBySlug[profile.Slug] = path;
            return new DocumentResult(path, existing is null ? ImportStatus.Created : ImportStatus.Updated, profile.Slug, warnings, []);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
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

    /// <summary>Makes commits cheap for a bulk run; WAL keeps the store consistent with synchronous=NORMAL.</summary>
    public async Task PrepareConnectionAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
    }
}
