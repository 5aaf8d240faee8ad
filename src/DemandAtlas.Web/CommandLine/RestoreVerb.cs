using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `restore FILE [--db TARGET] [--force]`: a backup back into a store. The backup is checked first (integrity, and a
/// schema this version knows); an existing store is replaced only with --force, and never while a site or verb is using
/// it (they hold its <see cref="StoreLock"/>, which restore needs to itself).
/// </summary>
public static class RestoreVerb
{
    public static Command Command(VerbContext context)
    {
        var backup = new Argument<string>("backup-file") { Description = "A file written by `backup`" };
        var database = VerbOptions.Database("The store to restore into (default: the site's, ConnectionStrings:Atlas)");
        var force = new Option<bool>("--force") { Description = "Replace the target even though it already holds a store" };
        var command = new Command("restore", "Restore a backup into a store that no site or verb is using") { backup, database, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = VerbPaths.Resolve(parse.GetRequiredValue(backup));
            if (!File.Exists(file))
            {
                return await Usage.FailAsync(context, parse, $"no such file: {file}");
            }

            return await context.RunAsync(
                parse.GetValue(database),
                (services, ct) => RunAsync(context, parse, file, DataServices.StorePath(services), parse.GetValue(force), ct),
                cancellationToken,
                lockStore: false);
        });
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, ParseResult parse, string file, string? target, bool force, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return await Usage.FailAsync(context, parse, "the target store is not a file; give it with --db PATH");
        }

        if (string.Equals(file, Path.GetFullPath(target), StringComparison.Ordinal))
        {
            return await Usage.FailAsync(context, parse, "the backup is the target itself");
        }

        using var exclusive = StoreLock.TryExclusive(target);
        if (exclusive is null)
        {
            await context.Error.WriteLineAsync(
                $"restore: {target} is in use by a running site or verb (they hold {StoreLock.PathFor(target)}); stop it, then restore.");
            return ExitCodes.Failed;
        }

        var clock = Stopwatch.StartNew();
        var integrity = await SqliteBackup.IntegrityCheckAsync(file, cancellationToken);
        if (integrity != "ok")
        {
            await context.Error.WriteLineAsync($"restore: {file} failed integrity_check ({integrity}); nothing was restored.");
            return ExitCodes.Failed;
        }

        await using (var backup = DataServices.OpenFile(file, SqliteOpenMode.ReadOnly))
        {
            if ((await DataServices.AppliedMigrationsAsync(backup, cancellationToken)).Count == 0)
            {
                await context.Error.WriteLineAsync($"restore: {file} is not a DemandAtlas store (it has no migrations); nothing was restored.");
                return ExitCodes.Failed;
            }
        }

        if (File.Exists(target) && new FileInfo(target).Length > 0 && !force)
        {
            await context.Error.WriteLineAsync($"restore: {target} already holds a store; add --force to replace it (back it up first).");
            return ExitCodes.Failed;
        }

        await SqliteBackup.CopyAsync(file, target, keepWal: true, cancellationToken);
        StoreCounts counts;
        await using (var restored = DataServices.OpenFile(target))
        {
            counts = await StoreCounts.ReadAsync(restored, cancellationToken);
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"restore: restored {file} into {target} in {clock.Elapsed.TotalSeconds:0.00} s: {BackupVerb.Size(new FileInfo(target).Length)}"));
        await context.Out.WriteLineAsync($"restore: {counts}");
        return ExitCodes.Success;
    }
}
