using System.Text.Json;
using DemandAtlas.Web.Importing.Pipeline;

namespace DemandAtlas.Web.CommandLine;

/// <summary>The single JSON object `import --json` prints.</summary>
public sealed record ImportReport(IReadOnlyList<ImportReport.Document> Documents, ImportSummary Summary)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public sealed record Document(string File, string Status, string? Jurisdiction, IReadOnlyList<Warning> Warnings, IReadOnlyList<Problem> Errors);

    public sealed record Warning(int? Line, string Code, string Message);

    public sealed record Problem(int? Line, string Message);

    public static Document From(DocumentResult r) => new(
        r.File,
        r.Status.ToString().ToLowerInvariant(),
        r.Jurisdiction,
        [.. r.Warnings.Select(w => new Warning(w.Line, w.Code, w.Message))],
        [.. r.Errors.Select(e => new Problem(e.Line, e.Message))]);

    /// <summary>Streams the one report object: documents as they are imported, then the summary.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly TextWriter output;
        private bool first = true;

        public Writer(TextWriter output)
        {
            this.output = output;
            output.Write("{\"documents\":[");
        }

        public void Add(DocumentResult result)
        {
            output.Write(first ? "" : ",");
            first = false;
            output.Write(JsonSerializer.Serialize(From(result), Options));
        }

        public void Finish(ImportSummary summary)
        {
            output.Write("],\"summary\":");
            output.Write(JsonSerializer.Serialize(summary, Options));
            output.WriteLine("}");
            output.Flush();
        }

        public void Dispose() => output.Flush();
    }
}
