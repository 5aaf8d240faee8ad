using System.Globalization;
using AngleSharp.Dom;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Charts;

namespace DemandAtlas.Tests.Charts;

/// <summary>Charts as the _ChartFigures, _BarChart and _MatrixChart partials draw them.</summary>
public sealed class ChartHtmlTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private Task<IDocument> Render(ChartSet set) => factory.RenderDocumentAsync("_ChartFigures", set);

    private Task<IDocument> Render(BarChart chart) => factory.RenderDocumentAsync("_BarChart", chart);

    [Fact]
    public async Task A_year_chart_draws_one_bar_per_year_and_series_and_a_table_with_the_same_numbers()
    {
        var set = new ChartSet("t", null, [new YearTotal(2017, 1, 10), new YearTotal(2018, 0, 0), new YearTotal(2019, 2, 4)], null, null, null);

        var doc = await Render(set);

        var figure = doc.QuerySelector("figure#t-years")!;
        Assert.Equal(6, figure.QuerySelectorAll("svg rect").Length);
        var rows = figure.QuerySelectorAll("table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["2017", "1", "10"], ["2018", "0", "0"], ["2019", "2", "4"]], rows);
        Assert.Equal("t-years-table", figure.QuerySelector("svg")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Bar_lengths_are_proportional_to_their_values()
    {
        var doc = await Render(new BarChart("b", "Test", "Label", ["Count"], [new BarRow("a", [5]), new BarRow("b", [10])], "none"));

        var widths = doc.QuerySelectorAll("svg rect").Select(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[1] / 2, widths[0], 0.1);
    }

    [Fact]
    public async Task An_empty_chart_says_so_instead_of_drawing_nothing()
    {
        var doc = await Render(new ChartSet("e", null, [], null, null, null));

        Assert.Empty(doc.QuerySelectorAll("svg"));
        Assert.Contains("No dated operations", doc.QuerySelector("figure p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_matrix_shows_each_pair_count_in_the_grid_and_the_table()
    {
        var matrix = new CoOccurrence([new ChartTactic("reverse-stings", "Reverse Stings"), new ChartTactic("web-stings", "Web Stings")], [[3, 2], [2, 2]]);

        var doc = await Render(new ChartSet("m", null, null, null, matrix, null));

        var cells = doc.QuerySelectorAll("#m-matrix svg g text").Select(t => t.TextContent).ToList();
        Assert.Equal(["3", "2", "2", "2"], cells);
        var table = doc.QuerySelectorAll("#m-matrix-table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["Reverse Stings", "3", "2"], ["Web Stings", "2", "2"]], table);
    }

    [Fact]
    public async Task Labels_are_encoded_not_executed()
    {
        var doc = await Render(new BarChart("x", "<script>", "Label", ["Count"], [new BarRow("<img src=x>", [1])], "none"));

        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.Equal("<img src=x>", doc.QuerySelector("tbody th")!.TextContent);
    }

    [Fact]
    public async Task Charts_make_no_references_and_carry_no_inline_styles_or_scripts()
    {
        var matrix = new CoOccurrence([new ChartTactic("letters", "Letters")], [[1]]);
        var doc = await Render(new ChartSet("c", "Letters", [new YearTotal(2020, 1, 1)], [new TacticCount(new ChartTactic("letters", "Letters"), 1)], matrix, [new StateTotal("MA", "Massachusetts", 1, 1)]));

        Assert.Equal(4, doc.QuerySelectorAll("figure.chart").Length);
        Assert.Empty(doc.QuerySelectorAll("[style], style, script, [src], [href]"));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Letters: operations and arrests per year", doc.QuerySelector("#c-years figcaption")!.TextContent);
    }
}
