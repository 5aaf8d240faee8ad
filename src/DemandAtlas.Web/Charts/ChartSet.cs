using System.Globalization;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

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
    /// <summary>Loads the chosen charts for a filtered, public set; with a tactic, per-year counts are that tactic's operations.</summary>
    public static async Task<ChartSet> LoadAsync(AtlasDb db, IQueryable<Jurisdiction> jurisdictions, ChartKinds kinds, CancellationToken ct, string? tacticSlug = null, string idPrefix = "chart")
    {
        string? tacticName = null;
        if (tacticSlug is not null)
        {
            tacticName = await db.Tactics.Where(t => t.Slug == tacticSlug).Select(t => t.Name).FirstOrDefaultAsync(ct);
        }

        return new ChartSet(
            idPrefix,
            tacticName,
            kinds.HasFlag(ChartKinds.OperationsByYear) ? await ChartQueries.OperationsByYearAsync(jurisdictions, ct, tacticSlug) : null,
            kinds.HasFlag(ChartKinds.Adoption) ? await ChartQueries.AdoptionAsync(db, jurisdictions, ct) : null,
            kinds.HasFlag(ChartKinds.CoOccurrence) ? await ChartQueries.CoOccurrenceAsync(db, jurisdictions, ct) : null,
            kinds.HasFlag(ChartKinds.OperationsByState) ? await ChartQueries.OperationsByStateAsync(jurisdictions, ct) : null);
    }

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
