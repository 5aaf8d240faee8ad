namespace DemandAtlas.Web.CommandLine;

/// <summary>Tiny option parser for the verbs: flags, options with a value, and positional arguments.</summary>
public sealed class VerbArguments
{
    public List<string> Positional { get; } = [];
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public string? Error { get; private set; }

    public static VerbArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        var parsed = new VerbArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positional.Add(arg);
            }
            else if (flags.Contains(arg))
            {
                parsed.Flags.Add(arg);
            }
            else if (valued.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    parsed.Error = $"{arg} needs a value";
                    return parsed;
                }

                parsed.Values[arg] = args[++i];
            }
            else
            {
                parsed.Error = $"unknown option {arg}";
                return parsed;
            }
        }

        return parsed;
    }
}
