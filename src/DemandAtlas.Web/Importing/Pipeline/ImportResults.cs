using DemandAtlas.Web.Importing.Parsing;
namespace DemandAtlas.Web.Importing.Pipeline;

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
    /// <summary>Failed documents and skipped duplicates need a person; everything else is fine.</summary>
    public bool AllImported => Failed == 0 && Skipped == 0;
}

/// <summary>Running counts for a summary, so results need not be kept.</summary>
public sealed class ImportTally
{
    private readonly int[] byStatus = new int[Enum.GetValues<ImportStatus>().Length];
    private int documents;
    private int warnings;

    public void Add(DocumentResult result)
    {
        documents++;
        byStatus[(int)result.Status]++;
        warnings += result.Warnings.Count;
    }

    public ImportSummary Summary(TimeSpan elapsed, bool dryRun) => new(
        documents,
        byStatus[(int)ImportStatus.Created],
        byStatus[(int)ImportStatus.Updated],
        byStatus[(int)ImportStatus.Unchanged],
        byStatus[(int)ImportStatus.Skipped],
        byStatus[(int)ImportStatus.Failed],
        warnings,
        Math.Round(elapsed.TotalSeconds, 3),
        dryRun);
}
