using System.Diagnostics;
using System.Globalization;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Synthetic;

/// <summary>`--count N --out DIR [--seed S]`: writes synthetic profile documents for benchmarks and tests.</summary>
public static class GenerateCommand
{
    public const string Usage = "usage: dotnet run --project tools/DemandAtlas.Synthetic -- --count N --out DIR [--seed S]";

    /// <summary>The tool's entry point (a named class, not top-level statements, so tests can see the site's Program).</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var count, out var outDir, out var seed, out var error))
        {
            await Console.Error.WriteLineAsync($"{error}\n{Usage}");
            return ExitCodes.Usage;
        }

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

    internal static bool TryParse(IReadOnlyList<string> args, out int count, out string outDir, out int seed, out string error)
    {
        (count, outDir, seed, error) = (0, "", 1, "");
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99_999:
                    count = n;
                    i++;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    outDir = value;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                default:
                    error = $"Unexpected or invalid argument '{args[i]}' (--count takes 1 to 99999).";
                    return false;
            }
        }

        error = count == 0 ? "--count is required." : outDir.Length == 0 ? "--out is required." : "";
        return error.Length == 0;
    }
}
