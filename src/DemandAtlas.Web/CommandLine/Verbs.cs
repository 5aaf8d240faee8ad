using DemandAtlas.Web.Data;
using DemandAtlas.Web.Security;

namespace DemandAtlas.Web.CommandLine;

/// <summary>Dispatches the command-line verbs that share the site's binary and store.</summary>
public static class Verbs
{
    private delegate Task<int> Verb(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Verb> All = new(StringComparer.Ordinal)
    {
        ["import"] = ImportVerb.RunAsync,
        ["export"] = ExportVerb.RunAsync,
        ["users"] = UsersVerb.RunAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && All.ContainsKey(args[0]);

    /// <summary>Builds the same services the site uses (honouring `--db PATH`) and runs one verb.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).ToList();
        // No reloading of appsettings.json: watching for it puts an inotify watch on every folder under the content
        // root, and every write to a store inside it (as bench/out is) then woke a watcher thread during an import.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        var dbIndex = rest.IndexOf("--db");
        if (dbIndex >= 0)
        {
            if (dbIndex + 1 >= rest.Count)
            {
                await Console.Error.WriteLineAsync("--db needs a path to a SQLite file.");
                return ExitCodes.Usage;
            }

            builder.Configuration[$"ConnectionStrings:{DataServices.ConnectionName}"] =
                $"Data Source={VerbPaths.Resolve(rest[dbIndex + 1])}";
            rest.RemoveRange(dbIndex, 2);
        }

        builder.Services.AddAtlasData();
        builder.Services.AddAtlasAccounts();
        await using var app = builder.Build();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        try
        {
            return await All[args[0]](app.Services, rest, cancel.Token);
        }
        finally
        {
            await VerbOutput.Out.FlushAsync(CancellationToken.None);
        }
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
