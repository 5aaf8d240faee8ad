using System.Globalization;

namespace DemandAtlas.Web.Charts;

/// <summary>One row of a bar chart: a label and one value per series.</summary>
public sealed record BarRow(string Label, IReadOnlyList<int> Values);

/// <summary>
/// Horizontal bars, one panel per series side by side (e.g. operations | arrests per year), beside a data table of the
/// same numbers (the SVG is an image to assistive technology; the table is the accessible equivalent). The _BarChart
/// partial draws it; this type only does the geometry. Set <see cref="WithTable"/> false only where the page already
/// shows a table of the same numbers next to it.
/// </summary>
public sealed record BarChart(string Id, string Title, string LabelHeader, IReadOnlyList<string> Series, IReadOnlyList<BarRow> Rows, string EmptyText, bool WithTable = true)
{
    internal const string BarFill = "#1d4e89";
    public const double RowHeight = 20;
    public const double BarHeight = 13;
    public const double PanelWidth = 190;
    public const double PanelGap = 46;
    public const double Header = 22;

    /// <summary>Room for the longest label at about 6.2 units a character of the 11px chart font.</summary>
    public double LabelWidth { get; } = Rows.Count == 0 ? 0 : Math.Ceiling((Rows.Max(r => r.Label.Length) * 6.2) + 10);

    public double Width => LabelWidth + (Series.Count * (PanelWidth + PanelGap));

    public double Height => Header + (Rows.Count * RowHeight) + 4;

    public double PanelX(int series) => LabelWidth + (series * (PanelWidth + PanelGap));

    public static double RowY(int row) => Header + (row * RowHeight);

    /// <summary>Bars in a panel are scaled to its largest value.</summary>
    public double BarWidth(int series, int row) => Rows[row].Values[series] * PanelWidth / maxima[series];

    // Each panel's largest value, found once: the partial asks for every bar's width.
    private readonly int[] maxima = [.. Enumerable.Range(0, Series.Count).Select(s => Math.Max(1, Rows.Count == 0 ? 0 : Rows.Max(r => r.Values[s])))];

    /// <summary>A coordinate to one decimal; most are whole numbers, written as integers (several times cheaper than the format).</summary>
    public static string N(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e9 ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
