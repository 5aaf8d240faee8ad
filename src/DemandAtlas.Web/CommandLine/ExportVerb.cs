using System.Text;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Export;

namespace DemandAtlas.Web.CommandLine;

/// <summary>`export [--db PATH] [--format json|csv] [--out FILE]`: the public directory as JSON or CSV.</summary>
public static class ExportVerb
{
    public const string Usage = "usage: export [--db PATH] [--format json|csv] [--out FILE]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = VerbArguments.Parse(args, new HashSet<string>(), new HashSet<string> { "--format", "--out" });
        var format = options.Values.GetValueOrDefault("--format", "json").ToLowerInvariant();
        if (options.Error is not null || options.Positional.Count > 0 || format is not ("json" or "csv"))
        {
            var problem = options.Error ?? (options.Positional.Count > 0 ? $"unexpected argument {options.Positional[0]}" : $"unknown format {format}");
            await VerbOutput.Error.WriteLineAsync($"export: {problem}\n{Usage}");
            return ExitCodes.Usage;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);

        if (options.Values.TryGetValue("--out", out var path))
        {
            var full = VerbPaths.Resolve(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await using var file = File.Create(full);
            await WriteAsync(db, format, file, cancellationToken);
            await VerbOutput.Error.WriteLineAsync($"export: wrote {full}");
        }
        else
        {
            using var buffer = new MemoryStream();
            await WriteAsync(db, format, buffer, cancellationToken);
            await VerbOutput.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            await VerbOutput.Out.FlushAsync(cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static Task WriteAsync(AtlasDb db, string format, Stream stream, CancellationToken cancellationToken) =>
        format == "csv" ? CsvExport.WriteAsync(db, stream, cancellationToken) : JsonExport.WriteAsync(db, stream, cancellationToken);
}
