using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// Usage mistakes as one line: what is wrong, named, then the verb's synopsis (`import: unknown option '--jsn';
/// usage: import &lt;file-or-dir&gt;... [options]`). Help (`--help`) has the rest.
/// </summary>
public static class Usage
{
    /// <summary>
    /// The one-line problem with a parse, or null when it can run (help and version always can). With
    /// <paramref name="isSite"/> the root is the site, whose leftovers are unknown verbs or site options.
    /// </summary>
    public static string? Problem(ParseResult parse, Command root, bool isSite = true)
    {
        if (parse.Action is HelpAction || parse.Action?.GetType() == AtlasVersion.ActionType)
        {
            return null;
        }

        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.ToList();
        if (isSite && command == root && unmatched.Count > 0)
        {
            var verbs = string.Join(", ", root.Subcommands.Select(c => c.Name));
            return unmatched[0].StartsWith('-')
                ? $"unknown option '{unmatched[0]}' (the site takes --urls, --environment, --contentRoot and --Section:Key=value; see --help)"
                : $"unknown verb '{unmatched[0]}' (the verbs are {verbs}; see --help)";
        }

        // An option the verb does not know, before `--`, is taken by the parser as one of the verb's arguments.
        var optionLike = OptionLikeArguments(parse).FirstOrDefault();
        if (optionLike is not null && unmatched.Count == 0)
        {
            return Line(parse.CommandResult, $"unknown option '{optionLike}'");
        }

        if (parse.Errors.Count == 0)
        {
            return null;
        }

        string problem;
        if (unmatched.Count > 0)
        {
            problem = unmatched[0].StartsWith('-') ? $"unknown option '{unmatched[0]}'" : $"unexpected argument '{unmatched[0]}'";
        }
        else if (command.Subcommands.Count > 0 && command.Action is null)
        {
            problem = $"which one? ({string.Join(", ", command.Subcommands.Select(c => c.Name))})";
        }
        else if (command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) == 0) is { } argument)
        {
            problem = $"no <{argument.Name}> given";
        }
        else if (command.Options.FirstOrDefault(o => o.Required && parse.GetResult(o) is not { IdentifierToken: not null }) is { } option)
        {
            problem = $"{option.Name} is required";
        }
        else
        {
            problem = parse.Errors[0].Message.TrimEnd('.');
        }

        return Line(parse.CommandResult, problem);
    }

    /// <summary>Values of the verb's own arguments that look like options (`--jsn`) and do not follow `--`.</summary>
    private static IEnumerable<string> OptionLikeArguments(ParseResult parse)
    {
        var tokens = parse.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => t.Value.Length > 1 && t.Value.StartsWith('-') && (doubleDash < 0 || tokens.FindIndex(x => ReferenceEquals(x, t)) < doubleDash))
            .Select(t => t.Value);
    }

    /// <summary>A problem the verb found itself (a missing file, an unknown format), in the same shape; exit 2.</summary>
    public static async Task<int> FailAsync(VerbContext context, ParseResult parse, string problem)
    {
        await context.Error.WriteLineAsync(Line(parse.CommandResult, problem));
        return ExitCodes.Usage;
    }

    private static string Line(CommandResult result, string problem)
    {
        var path = Path(result);
        return $"{path}: {problem}; usage: {Synopsis(path, result.Command)}";
    }

    /// <summary>`users add`: the verbs from the root down, without the root's own name.</summary>
    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult { Parent: not null } c; r = c.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return names.Count == 0 ? result.Command.Name : string.Join(' ', names);
    }

    /// <summary>`users add &lt;email&gt; --role &lt;ROLE&gt; [options]`: the arguments and required options, in order.</summary>
    private static string Synopsis(string path, Command command)
    {
        var parts = new List<string> { path };
        parts.AddRange(command.Subcommands.Count > 0 ? [$"{string.Join('|', command.Subcommands.Select(c => c.Name))}"] : []);
        parts.AddRange(command.Arguments.Select(a => $"<{a.Name}>{(a.Arity.MaximumNumberOfValues > 1 ? "..." : "")}"));
        parts.AddRange(command.Options.Where(o => o.Required).Select(o => $"{o.Name} <{o.HelpName ?? o.Name.TrimStart('-').ToUpperInvariant()}>"));
        parts.Add("[options]");
        return string.Join(' ', parts);
    }
}
