using DemandAtlas.Web.Data;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `import &lt;file-or-dir&gt;... [--db PATH] [--dry-run] [--json]`: one line per document and a summary; `import --explain FILE`:
/// what the importer takes from each line of one document, and why (see <see cref="ExplainReport"/>).
/// </summary>
public static class ImportVerb
{
    public const string Usage = "usage: import <file-or-dir>... [--db PATH] [--dry-run] [--json]\n       import --explain FILE [--db PATH]";

    /// <summary>Runs longer than this many documents get a progress bar (on a terminal only).</summary>
    private const int ProgressThreshold = 200;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var output = VerbOutput.Out;
        var error = VerbOutput.Error;
        var options = VerbArguments.Parse(args, new HashSet<string> { "--dry-run", "--json" }, new HashSet<string> { "--explain" });
        if (options.Error is not null || (options.Positional.Count == 0 && !options.Values.ContainsKey("--explain")))
        {
            await error.WriteLineAsync($"import: {options.Error ?? "no files or folders given"}\n{Usage}");
            return ExitCodes.Usage;
        }

        if (options.Values.TryGetValue("--explain", out var explain))
        {
            if (options.Positional.Count > 0 || options.Flags.Count > 0)
            {
                await error.WriteLineAsync($"import: --explain takes one file and no other arguments\n{Usage}");
                return ExitCodes.Usage;
            }

            return await ExplainReport.RunAsync(services, explain, cancellationToken);
        }

        var files = ImportSources.Expand(options.Positional.Select(VerbPaths.Resolve), skipSynthetic: false, out var missing);
        if (missing.Count > 0)
        {
            await error.WriteLineAsync($"import: no such file or folder: {string.Join(", ", missing)}\n{Usage}");
            return ExitCodes.Usage;
        }

        var json = options.Flags.Contains("--json");
        // A store this run creates gets exactly the catalog's tactics from its migration, so its documents can be
        // prepared with the catalog's names while EF builds its model and migrates, which takes most of a second on
        // one core while the other would sit idle.
        using var early = DataServices.IsNewStore(services) ? new PreparedQueue(files, TacticLexicon.FromCatalog(), cancellationToken) : null;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);
        using var importer = new ProfileImporter(db, TimeProvider.System, options.Flags.Contains("--dry-run"));
        await importer.PrepareConnectionAsync(cancellationToken);

        using var progress = files.Count > ProgressThreshold && VerbOutput.ErrorIsTerminal ? new ProgressBar(error, files.Count) : null;
        // Results are written as they land (JSON too, streamed), so memory stays flat however many documents.
        using var report = json ? new ImportReport.Writer(output) : null;
        void Report(DocumentResult result)
        {
            if (report is not null)
            {
                report.Add(result);
            }
            else
            {
                progress?.Clear();
                WriteResult(output, result);
            }

            progress?.Advance();
        }

        var (_, summary) = early is null
            ? await importer.ImportFilesAsync(files, Report, cancellationToken, keepResults: false)
            : await importer.ImportAsync(early, Report, cancellationToken, keepResults: false);
        progress?.Clear();

        if (report is not null)
        {
            report.Finish(summary);
        }
        else
        {
            await output.WriteLineAsync(SummaryLine(summary));
        }

        return summary.AllImported ? ExitCodes.Success : ExitCodes.Failed;
    }

    public static string SummaryLine(ImportSummary s) =>
        $"{s.Documents} documents: {s.Created} created, {s.Updated} updated, {s.Unchanged} unchanged, {s.Skipped} skipped, {s.Failed} failed; " +
        $"{s.Warnings} warnings; {s.Seconds:0.###} s" + (s.DryRun ? " (dry run: nothing was saved)" : "");

    private static void WriteResult(TextWriter output, DocumentResult result)
    {
        var status = result.Status.ToString().ToLowerInvariant();
        output.WriteLine($"{status,-9} {result.File}{(result.Jurisdiction is null ? "" : $" ({result.Jurisdiction})")}");
        foreach (var issue in result.Errors)
        {
            output.WriteLine($"  {Location(result.File, issue.Line)}: error: {issue.Message}");
        }

        foreach (var issue in result.Warnings)
        {
            output.WriteLine($"  {Location(result.File, issue.Line)}: warning [{issue.Code}]: {issue.Message}");
        }
    }

    private static string Location(string file, int? line) => line is null ? file : $"{file}:{line}";
}
