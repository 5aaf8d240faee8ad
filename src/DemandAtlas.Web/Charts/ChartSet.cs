using Microsoft.AspNetCore.Html;

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

/// <summary>The charts one page shows for its set of jurisdictions; the _Charts partial renders it.</summary>
public sealed record ChartSet(
    string IdPrefix,
    string? TacticName,
    IReadOnlyList<YearTotal>? Years,
    IReadOnlyList<TacticCount>? Adoption,
    CoOccurrence? Matrix,
    IReadOnlyList<StateTotal>? States)
{
    public IHtmlContent Render()
    {
        var html = new HtmlContentBuilder();
        if (Years is not null)
        {
            var title = TacticName is null ? "Operations and arrests per year" : $"{TacticName}: operations and arrests per year";
            html.AppendHtml(ChartHtml.Bars($"{IdPrefix}-years", title, "Year", ["Operations", "Arrests"],
                [.. Years.Select(y => new BarRow(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), [y.Operations, y.Arrests]))],
                "No dated operations are recorded for these places yet."));
        }

        if (States is not null)
        {
            html.AppendHtml(ChartHtml.Bars($"{IdPrefix}-states", "Operations and arrests per state", "State", ["Operations", "Arrests"],
                [.. States.Select(s => new BarRow(s.StateName, [s.Operations, s.Arrests]))],
                "No dated operations are recorded for these places yet."));
        }

        if (Adoption is not null)
        {
            html.AppendHtml(ChartHtml.Bars($"{IdPrefix}-adoption", "Jurisdictions using each tactic", "Tactic", ["Jurisdictions"],
                [.. Adoption.Select(a => new BarRow(a.Tactic.Name, [a.Jurisdictions]))],
                "No tactics are recorded for these places yet."));
        }

        if (Matrix is not null)
        {
            html.AppendHtml(MatrixHtml.Render($"{IdPrefix}-matrix", "Tactics used together: jurisdictions using both", Matrix,
                "No tactics are recorded for these places yet."));
        }

        return html;
    }
}
