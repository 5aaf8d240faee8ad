using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `--version`: the app's version and the git commit it was built from. The .NET SDK's source-control support
/// (Source Link, on by default) reads the clone's HEAD, without the git program, into the informational version
/// (`1.0.0+0123abcd…`); a build from an exported tree has none and builds all the same (checked: `git archive`).
/// </summary>
public static class AtlasVersion
{
    internal static Type ActionType => typeof(PrintVersion);

    public static string Text
    {
        get
        {
            var informational = typeof(AtlasVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0
                ? $"DemandAtlas {informational} (commit unknown: built outside a git clone)"
                : $"DemandAtlas {informational[..plus]} (commit {informational[(plus + 1)..]})";
        }
    }

    public static Option Option() => new VersionOption { Action = new PrintVersion() };

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Text);
            return ExitCodes.Success;
        }
    }
}
