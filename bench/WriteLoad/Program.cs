using System.Globalization;
using DemandAtlas.Bench.WriteLoad;

// bench/run.sh: `WriteLoad --base URL --db PATH --email ADDRESS [--editors 50] [--seconds 30] [--profiles 100]`,
// password in BENCH_PASSWORD (never argv). Prints one `WRITE key=value …` line for the results table.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "", StringComparer.Ordinal);
string Option(string name, string? fallback = null) =>
    options.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");
int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var password = Environment.GetEnvironmentVariable("BENCH_PASSWORD") ?? throw new ArgumentException("BENCH_PASSWORD is not set");
var run = new EditorRun(new Uri(Option("base")), Option("db"), Option("email"), password,
    Number("editors", 50), TimeSpan.FromSeconds(Number("seconds", 30)), Number("profiles", 100));
try
{
    var result = await run.RunAsync();
    Console.WriteLine(result.ToLine());
    return result.LostEdits == 0 && result.ServerErrors == 0 ? 0 : 1;
}
catch (InvalidOperationException failure)
{
    await Console.Error.WriteLineAsync($"write load could not run: {failure.Message}");
    Console.WriteLine("WRITE error=setup");
    return 2;
}
