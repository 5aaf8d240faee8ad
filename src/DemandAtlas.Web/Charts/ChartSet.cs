using System.Globalization;

namespace DemandAtlas.Web.Charts;

[Flags]
public enum ChartKinds
{
    None = 0,
    OperationsByYear = 1,
    Adoption = 2,
    CoOccurrence = 4,
    OperationsByState = 8,
    All = OperationsByYear | Adoption | CoOccurrence | OperationsByState,
}

/// <summary>The charts one page shows for its set of jurisdictions; the _Charts partial (or _ChartFigures) renders it.</summary>
public sealed record ChartSet(
    string IdPrefix,
    string? TacticName,
    IReadOnlyList<YearTotal>? Years,
    IReadOnlyList<TacticCount>? Adoption,
    CoOccurrence? Matrix,
    IReadOnlyList<StateTotal>? States)
{
    /// <summary>The bar charts of the set, in page order: per year, per state, jurisdictions per tactic.</summary>
    public IReadOnlyList<BarChart> BarCharts()
    {
        var charts = new List<BarChart>();
        if (Years is not null)
        {
            var title = TacticName is null ? "Operations and arrests per year" : $"{TacticName}: operations and arrests per year";
            charts.Add(new BarChart($"{IdPrefix}-years", title, "Year", ["Operations", "Arrests"],
                [.. Years.Select(y => new BarRow(y.Year.ToString(CultureInfo.InvariantCulture), [y.Operations, y.Arrests]))],
                "No dated operations are recorded for these places yet."));
        }

        if (States is not null)
        {
            charts.Add(new BarChart($"{IdPrefix}-states", "Operations and arrests per state", "State", ["Operations", "Arrests"],
                [.. States.Select(s => new BarRow(s.StateName, [s.Operations, s.Arrests]))],
                "No dated operations are recorded for these places yet."));
        }

        if (Adoption is not null)
        {
            charts.Add(new BarChart($"{IdPrefix}-adoption", "Jurisdictions using each tactic", "Tactic", ["Jurisdictions"],
                [.. Adoption.Select(a => new BarRow(a.Tactic.Name, [a.Jurisdictions]))],
                "No tactics are recorded for these places yet."));
        }

        return charts;
    }

    /// <summary>The tactics-used-together matrix, drawn after the bars; null when the set has none.</summary>
    public MatrixChart? MatrixChart() => Matrix is null
        ? null
        : new MatrixChart($"{IdPrefix}-matrix", "Tactics used together: jurisdictions using both", Matrix, "No tactics are recorded for these places yet.");
}
