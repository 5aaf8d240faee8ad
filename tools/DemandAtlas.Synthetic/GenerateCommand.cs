using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Synthetic;

/// <summary>`--count N --out DIR [--seed S]`: writes synthetic profile documents for benchmarks and tests.</summary>
public static class GenerateCommand
{
    /// <summary>The tool's entry point (a named class, not top-level statements, so tests can see the site's Program).</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var command = Command();
        var parse = command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (Usage.Problem(parse, command, isSite: false) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    public static Command Command()
    {
        var count = new Option<int>("--count") { Description = "How many documents (1 to 99999)", HelpName = "N", Required = true };
        count.Validators.Add(r =>
        {
            // A value that is not a number is the parser's error already.
            if (r.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var n) && n is < 1 or > 99_999)
            {
                r.AddError("--count takes 1 to 99999");
            }
        });
        var output = new Option<string>("--out") { Description = "The folder to write them to (never seeds/)", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed always gives the same files", HelpName = "S", DefaultValueFactory = _ => 1 };
        var command = new Command("DemandAtlas.Synthetic", "Writes synthetic-00001.txt … : made-up profile documents for benchmarks and tests")
        {
            new System.CommandLine.Help.HelpOption(), count, output, seed,
        };
        command.SetAction((parse, ct) => WriteAsync(parse.GetValue(count), parse.GetRequiredValue(output), parse.GetValue(seed), ct));
        return command;
    }

    private static async Task<int> WriteAsync(int count, string outDir, int seed, CancellationToken cancellationToken)
    {
        // The site imports seeds/ on an empty store; synthetic documents must never land there.
        var seeds = Path.GetFullPath(Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "seeds"));
        var target = Path.GetFullPath(outDir);
        if ((target + Path.DirectorySeparatorChar).StartsWith(seeds + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Refusing to write synthetic documents into {seeds}: the site imports that folder.");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(target);
        // A smaller run into a folder used before must not leave stale documents behind.
        foreach (var stale in Directory.EnumerateFiles(target, "synthetic-*.txt"))
        {
            File.Delete(stale);
        }

        await Parallel.ForAsync(1, count + 1, cancellationToken, async (number, ct) =>
        {
            var document = SyntheticProfiles.Generate(number, count, seed);
            await File.WriteAllBytesAsync(Path.Combine(target, document.FileName), document.ToBytes(), ct);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {count} synthetic profiles (seed {seed}) to {target} in {clock.Elapsed.TotalSeconds:0.00} s."));
        return ExitCodes.Success;
    }
}
