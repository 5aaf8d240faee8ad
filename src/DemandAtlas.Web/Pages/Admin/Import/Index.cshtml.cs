using DemandAtlas.Web.Data;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Admin.Import;

/// <summary>Upload profile documents, see a dry run of what they would change, then commit them.</summary>
[RequestSizeLimit(MaxFiles * ProfileText.MaxBytes + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFiles * ProfileText.MaxBytes + 1_000_000)]
public sealed class IndexModel(AtlasDb db, UploadStore store, UserManager<Domain.AtlasUser> users) : PageModel
{
    public const int MaxFiles = 50;

    public IReadOnlyList<DocumentResult>? Results { get; private set; }
    public string? Token { get; private set; }
    public bool Committed { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0 || files.Count > MaxFiles)
        {
            Error = $"Choose between 1 and {MaxFiles} documents.";
            return Page();
        }

        var uploads = new List<UploadStore.Upload>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            // Oversized files are kept as a marker so the importer reports them by name like any other bad file.
            var bytes = file.Length > ProfileText.MaxBytes ? new byte[ProfileText.MaxBytes + 1] : await ReadAsync(file, cancellationToken);
            uploads.Add(new UploadStore.Upload(name.Length == 0 ? "upload.txt" : name, bytes));
        }

        Token = await store.SaveAsync(users.GetUserId(User)!, uploads, cancellationToken);
        Results = await RunAsync(uploads, dryRun: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string token, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        var uploads = await store.LoadAsync(userId, token ?? "", cancellationToken);
        if (uploads is null)
        {
            Error = "That preview has expired or is not yours. Upload the documents again.";
            return Page();
        }

        Results = await RunAsync(uploads, dryRun: false, cancellationToken);
        Committed = true;
        store.Delete(userId, token!);
        var tally = new ImportTally();
        foreach (var result in Results)
        {
            tally.Add(result);
        }

        var summary = tally.Summary(TimeSpan.Zero, dryRun: false);
        await Audit.WriteAsync(db, User.Identity!.Name!, Audit.Import, string.Join(", ", uploads.Select(u => u.Name)),
            $"{summary.Documents} documents: {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped} skipped, {summary.Failed} failed",
            HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return Page();
    }

    private async Task<List<DocumentResult>> RunAsync(List<UploadStore.Upload> uploads, bool dryRun, CancellationToken cancellationToken)
    {
        var importer = new ProfileImporter(db, db.Clock, dryRun);
        var results = new List<DocumentResult>();
        foreach (var upload in uploads)
        {
            results.Add(upload.Bytes.Length > ProfileText.MaxBytes
                ? DocumentResult.Failure(upload.Name, null, 1, $"the file is larger than the {ProfileText.MaxBytes:N0}-byte limit")
                : await importer.ImportAsync(upload.Name, upload.Bytes, cancellationToken));
        }

        return results;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
