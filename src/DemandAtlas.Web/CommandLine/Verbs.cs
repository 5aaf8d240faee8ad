using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// The one command line (System.CommandLine): without a verb it runs the site; the verbs share its binary and store.
/// Help on the root and on every verb prints usage and exits 0 without starting anything; a mistake (an unknown
/// verb or option, a missing argument) is one line naming it and exit 2, never a site started by accident.
/// </summary>
public static partial class Verbs
{
    /// <summary>Runs the site with the (validated) command line; returns the process's exit code.</summary>
    public delegate Task<int> Site(string[] args, CancellationToken cancellationToken);

    /// <summary>The name help shows: how the published app is run (`dotnet DemandAtlas.Web.dll …`).</summary>
    public const string Name = "DemandAtlas.Web";

    public static Command Create(VerbContext context, Site site, string[] args)
    {
        var root = new Command(Name, """
            DemandAtlas: a directory of demand-reduction tactics. Without a verb, runs the site (see README, "The site").
            Any configuration key can also be given as --Section:Key=value, e.g. --DemandAtlas:ImportSeedsOnStart=false.
            """)
        {
            Help(),
            AtlasVersion.Option(),
            new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';' (default http://localhost:5080)", HelpName = "URLS" },
            new Option<string>("--environment") { Description = "Development, Production (the default) or another ASP.NET Core environment", HelpName = "NAME" },
            new Option<string>("--contentRoot") { Description = "Folder holding wwwroot/ and appsettings.json (default: the app's own)", HelpName = "PATH" },
            // Passed by WebApplicationFactory in the tests; not for people.
            new Option<string>("--applicationName") { Hidden = true },
            ImportVerb.Command(context),
            ExportVerb.Command(context),
            UsersVerb.Command(context),
            BackupVerb.Command(context),
            RestoreVerb.Command(context),
        };
        root.SetAction((_, cancellationToken) => site(args, cancellationToken));
        return root;
    }

    /// <summary>`--help`, recursive (`import --help`, `users add --help`), at a fixed width so the README can show it as it prints.</summary>
    private static HelpOption Help() => new() { Recursive = true, Action = new HelpAction { MaxWidth = 120 } };

    /// <summary>Parses <paramref name="args"/> and runs the site or the verb they name; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, VerbContext context, Site site, CancellationToken cancellationToken = default)
    {
        var root = Create(context, site, args);
        // No response files: an argument starting with @ is a path or an address, not a file of more arguments.
        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        // Configuration overrides (`--Section:Key=value`) are the site's, read by ASP.NET Core from the full command
        // line; the parser sees the rest. A verb takes none, so for a verb they are parsed, and refused, as they are.
        var parse = root.Parse([.. args.Where(a => !IsConfigurationOverride(a))], configuration);
        if (parse.CommandResult.Command != root)
        {
            parse = root.Parse(args, configuration);
        }

        if (Usage.Problem(parse, root) is { } problem)
        {
            await context.Error.WriteLineAsync(problem);
            return ExitCodes.Usage;
        }

        // Signals are left to whoever runs: the site's host stops gracefully on SIGTERM/Ctrl+C, a verb cancels its token.
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        finally
        {
            // Output to a pipe is buffered (VerbOutput); help and version print without a verb to flush it.
            await context.Out.FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs a verb from the console (VerbOutput); the tests and the browser suite's seeding use this.</summary>
    public static Task<int> RunAsync(string[] args) => InvokeAsync(args, VerbContext.Console, NoSiteAsync);

    /// <summary>`--Section:Key=value`: a configuration override ASP.NET Core reads from the command line.</summary>
    internal static bool IsConfigurationOverride(string token) => ConfigurationOverride().IsMatch(token);

    private static async Task<int> NoSiteAsync(string[] args, CancellationToken cancellationToken)
    {
        await VerbOutput.Error.WriteLineAsync("a verb is needed here (import, export, users, backup, restore)");
        return ExitCodes.Usage;
    }

    [GeneratedRegex(@"^--[A-Za-z][\w.-]*(:[\w.-]+)+=")]
    private static partial Regex ConfigurationOverride();
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
