using System.Globalization;

namespace DemandAtlas.Web.Charts;

/// <summary>
/// The tactic co-occurrence matrix as a shaded grid with the count in every cell, beside the same table. The
/// _MatrixChart partial draws it; this type only does the geometry and the shades.
/// </summary>
public sealed record MatrixChart(string Id, string Title, CoOccurrence Matrix, string EmptyText)
{
    public const double Cell = 30;

    public int Size => Matrix.Tactics.Count;

    public double LabelWidth { get; } = Matrix.Tactics.Count == 0 ? 0 : Math.Ceiling((Matrix.Tactics.Max(t => t.Name.Length) * 6.2) + 10);

    public double Width => LabelWidth + (Size * Cell) + 4;

    private int Max { get; } = Math.Max(1, Matrix.Counts.SelectMany(r => r).DefaultIfEmpty().Max());

    public double Offset(int index) => LabelWidth + (index * Cell);

    /// <summary>Five steps from pale to dark blue; the number is written in each cell, dark ink on light cells and white on dark.</summary>
    public (string Fill, string Ink) Shade(int count)
    {
        if (count == 0)
        {
            return ("#f4f6f8", "#4a525a");
        }

        var step = (int)Math.Ceiling(4.0 * count / Max);
        return step switch
        {
            1 => ("#d6e4f2", "#1b1f23"),
            2 => ("#9dbfdf", "#1b1f23"),
            3 => ("#3b75ad", "#ffffff"),
            _ => ("#1d4e89", "#ffffff"),
        };
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
