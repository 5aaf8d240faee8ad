using System.CommandLine;
using System.Text;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Export;

namespace DemandAtlas.Web.CommandLine;

/// <summary>`export [--db PATH] [--format json|csv] [--out FILE]`: the public directory as JSON or CSV.</summary>
public static class ExportVerb
{
    public static Command Command(VerbContext context)
    {
        var database = VerbOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "json (the API's shapes) or csv (one row per jurisdiction)",
            HelpName = "json|csv",
            DefaultValueFactory = _ => "json",
        };
        var output = new Option<string>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var command = new Command("export", "Export the public directory (no drafts, deleted, rejected or confidential entries)")
        {
            database, format, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetRequiredValue(format).ToLowerInvariant();
            if (chosen is not ("json" or "csv"))
            {
                return await Usage.FailAsync(context, parse, $"unknown format '{chosen}' (json or csv)");
            }

            return await context.RunAsync(
                parse.GetValue(database), (services, ct) => RunAsync(context, services, chosen, parse.GetValue(output), ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, IServiceProvider services, string format, string? path, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);

        if (path is not null)
        {
            var full = VerbPaths.Resolve(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await using var file = File.Create(full);
            await WriteAsync(db, format, file, cancellationToken);
            await context.Error.WriteLineAsync($"export: wrote {full}");
        }
        else
        {
            using var buffer = new MemoryStream();
            await WriteAsync(db, format, buffer, cancellationToken);
            await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            await context.Out.FlushAsync(cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static Task WriteAsync(AtlasDb db, string format, Stream stream, CancellationToken cancellationToken) =>
        format == "csv" ? CsvExport.WriteAsync(db, stream, cancellationToken) : JsonExport.WriteAsync(db, stream, cancellationToken);
}
