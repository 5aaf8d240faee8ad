using System.Globalization;

namespace DemandAtlas.Bench.WriteLoad;

internal sealed record WriteResult(int Editors, TimeSpan Elapsed, int Saves, int Conflicts, int ServerErrors,
    IReadOnlyDictionary<string, int> Outcomes, int Revisions, int LostEdits, double[] SaveMilliseconds)
{
    /// <summary>One machine-readable line; run.sh turns it into a table row.</summary>
    public string ToLine()
    {
        var sorted = SaveMilliseconds.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        var other = string.Join(",", Outcomes.Where(o => o.Key is not ("saved" or "conflict")).Select(o => $"{o.Key}:{o.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"WRITE editors={Editors} seconds={Elapsed.TotalSeconds:0.0} saves={Saves} saves_per_s={Saves / Elapsed.TotalSeconds:0.0} conflicts={Conflicts} server_errors={ServerErrors} revisions={Revisions} lost={LostEdits} save_p50_ms={Percentile(0.5):0.0} save_p99_ms={Percentile(0.99):0.0} other={(other.Length == 0 ? "none" : other)}");
    }
}
