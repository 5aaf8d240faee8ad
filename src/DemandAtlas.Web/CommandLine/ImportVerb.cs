using System.CommandLine;
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
    /// <summary>Runs longer than this many documents get a progress bar (on a terminal only).</summary>
    private const int ProgressThreshold = 200;

    public static Command Command(VerbContext context)
    {
        var paths = new Argument<string[]>("file-or-dir")
        {
            Description = "Profile documents, or folders of them (every *.txt inside, recursively, in name order)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var database = VerbOptions.Database();
        var dryRun = new Option<bool>("--dry-run") { Description = "Do all the work in transactions that are rolled back: nothing is saved" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (documents and a summary) instead of lines" };
        var explain = new Option<string>("--explain") { Description = "Show what the importer takes from each line of one document, by which rule, and what it ignores and why; nothing is saved", HelpName = "FILE" };
        var command = new Command("import", "Import community profile documents (plain UTF-8 text) into the store")
        {
            paths, database, dryRun, json, explain,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(explain) is { } file)
            {
                if (parse.GetValue(paths) is { Length: > 0 } || parse.GetValue(dryRun) || parse.GetValue(json))
                {
                    return await Usage.FailAsync(context, parse, "--explain takes one file and no other arguments");
                }

                if (!File.Exists(VerbPaths.Resolve(file)))
                {
                    return await Usage.FailAsync(context, parse, $"no such file: {file}");
                }

                return await context.RunAsync(parse.GetValue(database), (services, ct) => ExplainReport.RunAsync(context, services, file, ct), cancellationToken);
            }

            if (parse.GetValue(paths) is not { Length: > 0 })
            {
                return await Usage.FailAsync(context, parse, "no files or folders given");
            }

            var files = ImportSources.Expand(parse.GetRequiredValue(paths).Select(VerbPaths.Resolve), skipSynthetic: false, out var missing);
            if (missing.Count > 0)
            {
                return await Usage.FailAsync(context, parse, $"no such file or folder: {string.Join(", ", missing)}");
            }

            return await context.RunAsync(
                parse.GetValue(database),
                (services, ct) => RunAsync(context, services, files, parse.GetValue(dryRun), parse.GetValue(json), ct),
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, IServiceProvider services, List<string> files, bool dryRun, bool json, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var error = context.Error;
        // A store this run creates gets exactly the catalog's tactics from its migration, so its documents can be
        // prepared with the catalog's names while EF builds its model and migrates, which takes most of a second on
        // one core while the other would sit idle.
        using var early = DataServices.IsNewStore(services) ? new PreparedQueue(files, TacticLexicon.FromCatalog(), cancellationToken) : null;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);
        using var importer = new ProfileImporter(db, db.Clock, dryRun);
        await importer.PrepareConnectionAsync(cancellationToken);

        using var progress = files.Count > ProgressThreshold && VerbOutput.ErrorIsTerminal && context == VerbContext.Console ? new ProgressBar(error, files.Count) : null;
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
