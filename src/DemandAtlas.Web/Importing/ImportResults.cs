namespace DemandAtlas.Web.Importing;

public enum ImportStatus
{
    Created,
    Updated,
    Unchanged,
    Skipped,
    Failed,
}

/// <summary>What happened to one document. `Jurisdiction` is the slug, when the title could be read.</summary>
public sealed record DocumentResult(
    string File,
    ImportStatus Status,
    string? Jurisdiction,
    IReadOnlyList<ProfileIssue> Warnings,
    IReadOnlyList<ProfileIssue> Errors)
{
    public static DocumentResult Failure(string file, string? slug, int? line, string message) =>
        new(file, ImportStatus.Failed, slug, [], [new ProfileIssue(line, "invalid-document", message)]);
}

public sealed record ImportSummary(int Documents, int Created, int Updated, int Unchanged, int Skipped, int Failed, int Warnings, double Seconds, bool DryRun)
{
    public static ImportSummary From(IReadOnlyCollection<DocumentResult> results, TimeSpan elapsed, bool dryRun) => new(
        results.Count,
        results.Count(r => r.Status == ImportStatus.Created),
        results.Count(r => r.Status == ImportStatus.Updated),
        results.Count(r => r.Status == ImportStatus.Unchanged),
        results.Count(r => r.Status == ImportStatus.Skipped),
        results.Count(r => r.Status == ImportStatus.Failed),
        results.Sum(r => r.Warnings.Count),
        Math.Round(elapsed.TotalSeconds, 3),
        dryRun);

    /// <summary>Failed documents and skipped duplicates need a person; everything else is fine.</summary>
    public bool AllImported => Failed == 0 && Skipped == 0;
}
