using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;

namespace DemandAtlas.Tests.Geo;

/// <summary>The map as the _UsMap partial draws it (Geo/UsMapFigure.cs decides what is shown).</summary>
public sealed class UsMapHtmlTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private Task<IDocument> Render(UsMap map, UsMapOptions? options = null, string pathBase = "") =>
        factory.RenderDocumentAsync("_UsMap", new UsMapView(map, options ?? new UsMapOptions()), pathBase);

    private static readonly MapPlace Westborough = new("westborough-ma", "Westborough", "MA", JurisdictionType.Town, 42.2626, -71.6125, ["Reverse Stings", "Web Stings"]);
    private static readonly MapPlace Anchorage = new("anchorage-ak", "Anchorage", "AK", JurisdictionType.City, 61.2181, -149.9003, []);

    [Fact]
    public async Task Each_point_is_a_link_to_its_profile_drawn_at_its_projected_position()
    {
        var doc = await Render(UsMap.Build([Westborough, Anchorage], 2));

        var marks = doc.QuerySelectorAll(".us-map__layer--point a");
        Assert.Equal(2, marks.Length);
        var westborough = marks.Single(a => a.GetAttribute("href") == "/jurisdictions/westborough-ma");
        var circle = westborough.QuerySelector("circle")!;
        Assert.Equal(900.329, double.Parse(circle.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(171.605, double.Parse(circle.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture), 0.5);
        var anchorage = marks.Single(a => a.GetAttribute("href") == "/jurisdictions/anchorage-ak").QuerySelector("circle")!;
        Assert.Equal(112.277, double.Parse(anchorage.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(544.278, double.Parse(anchorage.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture), 0.5);
    }

    [Fact]
    public async Task Each_mark_names_its_place_and_public_tactics_for_hover_and_screen_readers()
    {
        var doc = await Render(UsMap.Build([Westborough], 1));

        var title = doc.QuerySelector("svg a title")!;
        Assert.Equal("Westborough, MA: Reverse Stings, Web Stings", title.TextContent);
    }

    [Fact]
    public async Task The_base_map_and_every_link_are_served_by_the_app()
    {
        var doc = await Render(UsMap.Build([Westborough], 1), new UsMapOptions(ListHref: "/jurisdictions?tactic=web-stings"), pathBase: "/atlas");

        // The base map carries its content hash, so browsers may keep it for a year.
        Assert.StartsWith("/atlas/geo/states.svg?v=", doc.QuerySelector("svg image")!.GetAttribute("href"), StringComparison.Ordinal);
        var references = doc.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("/", r, StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_list_of_the_same_places_is_one_click_away()
    {
        var nowhere = new MapPlace("nowhere-ma", "Nowhere", "MA", JurisdictionType.City, null, null, ["Letters"]);
        var doc = await Render(UsMap.Build([Westborough, nowhere], 2), new UsMapOptions(ListHref: "#results"));

        Assert.Equal("#results", doc.QuerySelector("figcaption a")!.GetAttribute("href"));
        var items = doc.QuerySelectorAll("details.us-map__list li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Nowhere, MA: Letters (no location yet)", "Westborough, MA: Reverse Stings, Web Stings"], items);
        Assert.Contains("1 place without a location yet", doc.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capped_map_says_how_many_it_shows_of_how_many()
    {
        var doc = await Render(UsMap.Build([Westborough], 2500), new UsMapOptions(Caption: "Jurisdictions using Web Stings"));

        Assert.Equal("Jurisdictions using Web Stings: 2,500 places; the map shows the 1 most populous.", doc.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public async Task Names_are_encoded_not_executed()
    {
        var evil = new MapPlace("evil-ma", "<script>alert(1)</script>", "MA", JurisdictionType.City, 42.3, -71.6, ["\"><img src=x>"]);
        var doc = await Render(UsMap.Build([evil], 1));

        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.Contains("<script>", doc.QuerySelector("svg a title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_highlighted_place_has_its_own_shape_and_legend_entry()
    {
        var doc = await Render(UsMap.Build([Westborough, Anchorage], 2, new HashSet<string> { "westborough-ma" }));

        var here = doc.QuerySelector(".us-map__layer--here a")!;
        Assert.Equal("/jurisdictions/westborough-ma", here.GetAttribute("href"));
        Assert.NotNull(here.QuerySelector("path"));
        Assert.Null(here.QuerySelector("circle"));
        Assert.Contains(doc.QuerySelectorAll(".us-map__legend li"), li => li.TextContent.Contains("This place", StringComparison.Ordinal));
    }

    /// <summary>The outline a mark's &lt;use&gt; points at: a path in the same map's &lt;defs&gt;.</summary>
    private static IElement Outline(IDocument doc, IElement mark)
    {
        var href = Assert.Single(mark.QuerySelectorAll("use")).GetAttribute("href")!;
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        var target = doc.GetElementById(href[1..]);
        Assert.NotNull(target);
        Assert.Equal("path", target.LocalName);
        Assert.NotNull(target.Closest("figure.us-map svg defs"));
        return target;
    }

    [Fact]
    public async Task Counties_are_shaded_outlines_linking_to_their_profiles()
    {
        var polk = new MapPlace("polk-county-fl", "Polk County", "FL", JurisdictionType.County, null, null, ["John School"]);
        var doc = await Render(UsMap.Build([polk], 1));

        var mark = doc.QuerySelector(".us-map__layer--county a")!;
        Assert.Equal("/jurisdictions/polk-county-fl", mark.GetAttribute("href"));
        Assert.Equal("Polk County, FL: John School", mark.QuerySelector("title")!.TextContent);
        Assert.Equal(ShapeLibrary.County("12105"), Outline(doc, mark).GetAttribute("d"));
        Assert.Contains(doc.QuerySelectorAll(".us-map__legend li"), li => li.TextContent.Contains("County", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Marks_sharing_an_outline_each_link_to_their_profile_while_the_outline_is_written_once()
    {
        var vermont = new MapPlace("vermont", "Vermont", "VT", JurisdictionType.State, null, null, ["Letters"]);
        var again = new MapPlace("vermont-statewide", "Vermont Statewide", "VT", JurisdictionType.State, null, null, []);
        var polk = new MapPlace("polk-county-fl", "Polk County", "FL", JurisdictionType.County, null, null, []);
        var doc = await Render(UsMap.Build([vermont, again, polk], 3));

        var marks = doc.QuerySelectorAll(".us-map__layer--state a");
        Assert.Equal(["/jurisdictions/vermont", "/jurisdictions/vermont-statewide"], marks.Select(a => a.GetAttribute("href")));
        Assert.All(marks, a => Assert.NotNull(a.QuerySelector("title")));
        var outlines = marks.Select(a => Outline(doc, a)).Distinct().ToList();
        Assert.Equal(ShapeLibrary.State("VT"), Assert.Single(outlines).GetAttribute("d"));
        Assert.Equal(2, doc.QuerySelectorAll("svg defs path").Length);
        // Outlines carry no paint of their own: each use takes its layer's colours.
        Assert.All(doc.QuerySelectorAll("svg defs path"), p => Assert.Null(p.GetAttribute("fill")));
        Assert.Equal(UsMapFigure.StateFill, marks[0].Closest("g")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task A_highlighted_county_uses_its_outline_in_the_accent_layer()
    {
        var polk = new MapPlace("polk-county-fl", "Polk County", "FL", JurisdictionType.County, null, null, []);
        var doc = await Render(UsMap.Build([polk, Westborough], 2, new HashSet<string> { "polk-county-fl" }));

        var here = doc.QuerySelector(".us-map__layer--here a")!;
        Assert.Equal("/jurisdictions/polk-county-fl", here.GetAttribute("href"));
        Assert.Equal(ShapeLibrary.County("12105"), Outline(doc, here).GetAttribute("d"));
        Assert.Equal(UsMapFigure.HereFill, here.Closest("g")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task Two_maps_on_one_page_give_their_outlines_different_ids()
    {
        var polk = new MapPlace("polk-county-fl", "Polk County", "FL", JurisdictionType.County, null, null, []);
        var map = UsMap.Build([polk], 1);
        var first = await factory.RenderAsync("_UsMap", new UsMapView(map, new UsMapOptions(Id: "first")));
        var second = await factory.RenderAsync("_UsMap", new UsMapView(map, new UsMapOptions(Id: "second")));
        var doc = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{first}{second}</body></html>");

        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var figure in doc.QuerySelectorAll("figure.us-map"))
        {
            var mark = figure.QuerySelector(".us-map__layer--county a")!;
            var outline = Outline(doc, mark);
            Assert.Same(figure, outline.Closest("figure.us-map"));
        }
    }
}
