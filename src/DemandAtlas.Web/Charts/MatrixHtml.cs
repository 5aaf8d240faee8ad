using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using static DemandAtlas.Web.Charts.ChartHtml;

namespace DemandAtlas.Web.Charts;

/// <summary>The tactic co-occurrence matrix as a shaded grid with the count in every cell, beside the same table.</summary>
public static class MatrixHtml
{
    private const double Cell = 30;

    public static IHtmlContent Render(string id, string title, CoOccurrence matrix, string emptyText)
    {
        var html = new StringBuilder();
        html.Append($"<figure class=\"chart chart--matrix\" id=\"{E(id)}\"><figcaption id=\"{E(id)}-title\" class=\"chart__title\">{E(title)}</figcaption>");
        var n = matrix.Tactics.Count;
        if (n == 0)
        {
            html.Append($"<p class=\"chart__empty\">{E(emptyText)}</p></figure>");
            return new HtmlString(html.ToString());
        }

        var labelWidth = Math.Ceiling((matrix.Tactics.Max(t => t.Name.Length) * 6.2) + 10);
        var size = labelWidth + (n * Cell) + 4;
        var max = Math.Max(1, matrix.Counts.SelectMany(r => r).Max());
        html.Append("<div class=\"chart__body\">");
        html.Append($"<svg class=\"chart__svg\" viewBox=\"0 0 {N(size)} {N(size)}\" width=\"{N(size)}\" height=\"{N(size)}\" role=\"img\" aria-labelledby=\"{E(id)}-title\" aria-describedby=\"{E(id)}-table\">");
        for (var i = 0; i < n; i++)
        {
            var name = E(matrix.Tactics[i].Name);
            html.Append($"<text x=\"{N(labelWidth - 6)}\" y=\"{N(labelWidth + (i * Cell) + 19)}\" text-anchor=\"end\">{name}</text>");
            var cx = labelWidth + (i * Cell) + 19;
            html.Append($"<text transform=\"translate({N(cx)} {N(labelWidth - 6)}) rotate(-90)\">{name}</text>");
        }

        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                var count = matrix.Counts[r][c];
                var x = labelWidth + (c * Cell);
                var y = labelWidth + (r * Cell);
                var (fill, ink) = Shade(count, max);
                html.Append($"<g><title>{E(matrix.Tactics[r].Name)} and {E(matrix.Tactics[c].Name)}: {count.ToString("N0", CultureInfo.InvariantCulture)}</title>");
                html.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Cell - 1)}\" height=\"{N(Cell - 1)}\" fill=\"{fill}\"/>");
                html.Append($"<text x=\"{N(x + (Cell / 2))}\" y=\"{N(y + 19)}\" text-anchor=\"middle\" fill=\"{ink}\">{count.ToString(CultureInfo.InvariantCulture)}</text></g>");
            }
        }

        html.Append("</svg>");
        html.Append($"<div class=\"chart__matrix-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{E(id)}-caption\"><table class=\"chart__table\" id=\"{E(id)}-table\"><caption id=\"{E(id)}-caption\">{E(title)} (the diagonal: jurisdictions using the tactic)</caption><thead><tr><th scope=\"col\">Tactic</th>");
        foreach (var tactic in matrix.Tactics)
        {
            html.Append($"<th scope=\"col\">{E(tactic.Name)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < n; r++)
        {
            html.Append($"<tr><th scope=\"row\">{E(matrix.Tactics[r].Name)}</th>");
            foreach (var count in matrix.Counts[r])
            {
                html.Append($"<td>{count.ToString(CultureInfo.InvariantCulture)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div></div></figure>");
        return new HtmlString(html.ToString());
    }

    /// <summary>Five steps from pale to dark blue; the number is written in each cell, dark ink on light cells and white on dark.</summary>
    private static (string Fill, string Ink) Shade(int count, int max)
    {
        if (count == 0)
        {
            return ("#f4f6f8", "#4a525a");
        }

        var step = (int)Math.Ceiling(4.0 * count / max);
        return step switch
        {
            1 => ("#d6e4f2", "#1b1f23"),
            2 => ("#9dbfdf", "#1b1f23"),
            3 => ("#3b75ad", "#ffffff"),
            _ => ("#1d4e89", "#ffffff"),
        };
    }
}
