using System.Text.Json;
using DemandAtlas.Web.Importing;

namespace DemandAtlas.Web.CommandLine;

/// <summary>The single JSON object `import --json` prints.</summary>
public sealed record ImportReport(IReadOnlyList<ImportReport.Document> Documents, ImportSummary Summary)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public sealed record Document(string File, string Status, string? Jurisdiction, IReadOnlyList<Warning> Warnings, IReadOnlyList<Problem> Errors);

    public sealed record Warning(int? Line, string Code, string Message);

    public sealed record Problem(int? Line, string Message);

    public static ImportReport From(IEnumerable<DocumentResult> results, ImportSummary summary) => new(
        [.. results.Select(r => new Document(
            r.File,
            r.Status.ToString().ToLowerInvariant(),
            r.Jurisdiction,
            [.. r.Warnings.Select(w => new Warning(w.Line, w.Code, w.Message))],
            [.. r.Errors.Select(e => new Problem(e.Line, e.Message))]))],
        summary);
}
