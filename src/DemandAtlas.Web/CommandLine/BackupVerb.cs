using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `backup --out FILE [--db PATH]`: a consistent copy of the store, taken online (the site may serve and an import may
/// write meanwhile), checked with `PRAGMA integrity_check` and reported with its size and counts. The copy is written
/// beside FILE and renamed over it only once verified, so a failed backup never leaves a half file or spoils the last one.
/// </summary>
public static class BackupVerb
{
    public static Command Command(VerbContext context)
    {
        var database = VerbOptions.Database("The store to back up (default: the site's, ConnectionStrings:Atlas)");
        var output = new Option<string>("--out") { Description = "The backup file to write (replaced once the new copy is verified)", HelpName = "FILE", Required = true };
        var command = new Command("backup", "Copy the store into one verified file while the site keeps running") { output, database };
        command.SetAction((parse, cancellationToken) => context.RunAsync(
            parse.GetValue(database),
            (services, ct) => RunAsync(context, parse, DataServices.StorePath(services), VerbPaths.Resolve(parse.GetRequiredValue(output)), ct),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, ParseResult parse, string? source, string destination, CancellationToken cancellationToken)
    {
        if (source is null || !File.Exists(source))
        {
            await context.Error.WriteLineAsync($"backup: there is no store at {source ?? "(not a file)"}; point --db at it.");
            return ExitCodes.Failed;
        }

        if (string.Equals(Path.GetFullPath(source), destination, StringComparison.Ordinal))
        {
            return await Usage.FailAsync(context, parse, "--out is the store itself");
        }

        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial";
        File.Delete(partial);
        try
        {
            await SqliteBackup.CopyAsync(source, partial, keepWal: false, cancellationToken);
            var integrity = await SqliteBackup.IntegrityCheckAsync(partial, cancellationToken);
            if (integrity != "ok")
            {
                await context.Error.WriteLineAsync($"backup: the copy of {source} failed integrity_check ({integrity}); {destination} was left as it was.");
                return ExitCodes.Failed;
            }

            StoreCounts counts;
            await using (var copy = DataServices.OpenFile(partial, SqliteOpenMode.ReadOnly))
            {
                counts = await StoreCounts.ReadAsync(copy, cancellationToken);
            }

            File.Move(partial, destination, overwrite: true);
            var size = new FileInfo(destination).Length;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"backup: copied {source} to {destination} in {clock.Elapsed.TotalSeconds:0.00} s: {Size(size)}, integrity_check ok"));
            await context.Out.WriteLineAsync($"backup: {counts}");
            return ExitCodes.Success;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    internal static string Size(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:0.0} MB ({bytes:N0} bytes)");
}
