using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DemandAtlas.Web.Charts;

/// <summary>One row of a bar chart: a label and one value per series.</summary>
public sealed record BarRow(string Label, IReadOnlyList<int> Values);

/// <summary>
/// Server-rendered SVG charts, each beside a data table holding the same numbers (the SVG is an
/// image to assistive technology; the table is the accessible equivalent). No script, no inline styles.
/// </summary>
public static class ChartHtml
{
    internal const string BarFill = "#1d4e89";
    private const double RowHeight = 20;
    private const double BarHeight = 13;
    private const double PanelWidth = 190;
    private const double PanelGap = 46;
    private const double Header = 22;

    /// <summary>
    /// Horizontal bars, one panel per series side by side (e.g. operations | arrests per year). Pass
    /// <paramref name="withTable"/> false only where the page already shows a table of the same numbers next to it.
    /// </summary>
    public static IHtmlContent Bars(string id, string title, string labelHeader, IReadOnlyList<string> series, IReadOnlyList<BarRow> rows, string emptyText, bool withTable = true)
    {
        var html = new StringBuilder();
        html.Append($"<figure class=\"chart\" id=\"{E(id)}\"><figcaption id=\"{E(id)}-title\" class=\"chart__title\">{E(title)}</figcaption>");
        if (rows.Count == 0)
        {
            html.Append($"<p class=\"chart__empty\">{E(emptyText)}</p></figure>");
            return new HtmlString(html.ToString());
        }

        var labelWidth = Math.Ceiling((rows.Max(r => r.Label.Length) * 6.2) + 10);
        var width = labelWidth + (series.Count * (PanelWidth + PanelGap));
        var height = Header + (rows.Count * RowHeight) + 4;
        html.Append("<div class=\"chart__body\">");
        html.Append($"<svg class=\"chart__svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-labelledby=\"{E(id)}-title\"{(withTable ? $" aria-describedby=\"{E(id)}-table\"" : "")}>");
        for (var s = 0; s < series.Count; s++)
        {
            var x0 = labelWidth + (s * (PanelWidth + PanelGap));
            var max = Math.Max(1, rows.Max(r => r.Values[s]));
            html.Append($"<text x=\"{N(x0)}\" y=\"14\" font-weight=\"bold\">{E(series[s])}</text>");
            html.Append($"<line x1=\"{N(x0)}\" y1=\"{N(Header - 2)}\" x2=\"{N(x0)}\" y2=\"{N(height)}\" stroke=\"#6b737b\"/>");
            for (var i = 0; i < rows.Count; i++)
            {
                var value = rows[i].Values[s];
                var y = Header + (i * RowHeight);
                var w = value * PanelWidth / max;
                html.Append($"<g><title>{E(rows[i].Label)}: {value.ToString("N0", CultureInfo.InvariantCulture)} {E(series[s].ToLowerInvariant())}</title>");
                html.Append($"<rect x=\"{N(x0)}\" y=\"{N(y + 3)}\" width=\"{N(w)}\" height=\"{N(BarHeight)}\" fill=\"{BarFill}\"/>");
                html.Append($"<text x=\"{N(x0 + w + 4)}\" y=\"{N(y + 14)}\">{value.ToString("N0", CultureInfo.InvariantCulture)}</text></g>");
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            html.Append($"<text x=\"{N(labelWidth - 6)}\" y=\"{N(Header + (i * RowHeight) + 14)}\" text-anchor=\"end\">{E(rows[i].Label)}</text>");
        }

        html.Append("</svg>");
        if (!withTable)
        {
            html.Append("</div></figure>");
            return new HtmlString(html.ToString());
        }

        html.Append($"<table class=\"chart__table\" id=\"{E(id)}-table\"><caption>{E(title)}</caption><thead><tr><th scope=\"col\">{E(labelHeader)}</th>");
        foreach (var name in series)
        {
            html.Append($"<th scope=\"col\">{E(name)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append($"<tr><th scope=\"row\">{E(row.Label)}</th>");
            foreach (var value in row.Values)
            {
                html.Append($"<td>{value.ToString("N0", CultureInfo.InvariantCulture)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div></figure>");
        return new HtmlString(html.ToString());
    }

    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string E(string text) => HtmlEncoder.Default.Encode(text);
}
