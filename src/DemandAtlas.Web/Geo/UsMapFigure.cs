using System.Globalization;
using System.Text;

namespace DemandAtlas.Web.Geo;

/// <summary>
/// What the _UsMap partial draws for a <see cref="UsMap"/>: the caption, the outlines to write once, one layer of
/// links per kind of mark, the legend and the text list. Razor writes it, so every name and address is encoded
/// for the place it goes; this type only decides what is shown.
/// </summary>
public sealed class UsMapFigure
{
    // Against the base map's land colour (#e8ebee): point 7.0:1, county fill 4.0:1, state outline 7.0:1,
    // highlight 5.3:1, all above the 3:1 WCAG asks of graphics; points keep a white ring (4.9:1 on a
    // shaded county). Shape and the legend carry the same meaning as colour.
    internal const string PointFill = "#1d4e89";
    internal const string CountyFill = "#3b75ad";
    internal const string StateFill = "#c6d8ea";
    internal const string HereFill = "#a63d1e";

    private UsMapFigure(UsMap map, UsMapOptions options)
    {
        Map = map;
        Options = options;
    }

    public UsMap Map { get; }

    public UsMapOptions Options { get; }

    public string Id => Options.Id;

    public string BaseMapHref => Options.BaseMapHref ?? $"{Options.PathBase}/geo/states.svg";

    /// <summary>
    /// Each distinct county or state outline once, unpainted, so each <c>&lt;use&gt;</c> of it takes its layer's colours:
    /// many profiles can share one outline (a state's synthetic or sub-state profiles, a county and its namesake), and
    /// a 1–2 KB outline per mark made the map most of a page's weight.
    /// </summary>
    public IReadOnlyList<MapMark> Outlines { get; private init; } = [];

    /// <summary>States under counties under points, the highlighted place last; empty layers are left out.</summary>
    public IReadOnlyList<MapLayer> Layers { get; private init; } = [];

    public IReadOnlyList<MapLegendEntry> Legend { get; private init; } = [];

    /// <summary>The places as a text list, by state then name; null when the page shows its own list.</summary>
    public IReadOnlyList<MapListItem>? List { get; private init; }

    public static UsMapFigure From(UsMap map, UsMapOptions options)
    {
        MapLayer Layer(string kind, Func<MapMark, bool> include, string fill, string stroke, string strokeWidth) =>
            new(kind, fill, stroke, strokeWidth, [.. map.Marks.Where(include)]);

        var unplaced = map.Unplaced.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        return new UsMapFigure(map, options)
        {
            Outlines = [.. map.Marks.Where(m => m.Shape is not null && m.Path is not null).DistinctBy(m => m.Shape)],
            // One group per kind carries the colours, so each mark is just a link, a title and a shape.
            Layers = [.. new[]
            {
                Layer("state", m => m.Kind == MapMarkKind.State && !m.Highlighted, StateFill, PointFill, "2"),
                Layer("county", m => m.Kind == MapMarkKind.County && !m.Highlighted, CountyFill, "#ffffff", "0.6"),
                Layer("point", m => m.Kind == MapMarkKind.Point && !m.Highlighted, PointFill, "#ffffff", "1.5"),
                Layer("here", m => m.Highlighted, HereFill, "#ffffff", "1.5"),
            }.Where(l => l.Marks.Count > 0)],
            Legend = LegendFor(map),
            List = options.IncludeList && map.Places.Count > 0
                ? [.. map.Places.OrderBy(p => p.StateCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => new MapListItem(p, UsMap.Title(p), p.Tactics.Count > 0 ? string.Join(", ", p.Tactics) : null, unplaced.Contains(p.Slug)))]
                : null,
        };
    }

    /// <summary>"Jurisdictions using Web Stings: 12 places, 10 on the map (2 have no location yet)."</summary>
    public string Caption
    {
        get
        {
            var text = new StringBuilder(Options.Caption.TrimEnd('.'));
            text.Append(": ").Append(Count(Map.Total, "place"));
            if (Map.IsCapped)
            {
                text.Append(CultureInfo.InvariantCulture, $"; the map shows the {Map.Places.Count:N0} most populous");
            }

            if (Map.Unplaced.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"; {Map.Marks.Count:N0} on the map, {Count(Map.Unplaced.Count, "place")} without a location yet");
            }

            return text.Append('.').ToString();
        }
    }

    public string ListSummary => $"List of the {Count(Map.Places.Count, "place")} on this map";

    public string ProfileHref(MapPlace place) => $"{Options.PathBase}/jurisdictions/{place.Slug}";

    /// <summary>Outline ids carry the map's id, as a page can hold several maps.</summary>
    public string OutlineId(string shape) => $"{Id}-{shape}";

    /// <summary>The profile's own place is a larger diamond: it differs in shape and size, not only colour.</summary>
    public static string Diamond(MapMark mark) => $"M{N(mark.X)} {N(mark.Y - 8)}l8 8-8 8-8-8z";

    /// <summary>Coordinates to a tenth of a unit of the 975×610 view: finer is invisible and only adds bytes.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static List<MapLegendEntry> LegendFor(UsMap map)
    {
        var kinds = map.Marks.Where(m => !m.Highlighted).Select(m => m.Kind).ToHashSet();
        var legend = new List<MapLegendEntry>();
        if (kinds.Contains(MapMarkKind.Point))
        {
            legend.Add(new(MapLegendSymbol.Dot, "Town or city (dot)"));
        }

        if (kinds.Contains(MapMarkKind.County))
        {
            legend.Add(new(MapLegendSymbol.Area, "County (shaded area)"));
        }

        if (kinds.Contains(MapMarkKind.State))
        {
            legend.Add(new(MapLegendSymbol.Outline, "State (outlined)"));
        }

        if (map.Marks.FirstOrDefault(m => m.Highlighted) is { } here)
        {
            legend.Add(new(MapLegendSymbol.Here, $"This place ({(here.Kind == MapMarkKind.Point ? "diamond" : "red-brown area")})"));
        }

        return legend;
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}

/// <summary>The marks of one kind, with the colours their group gives them.</summary>
public sealed record MapLayer(string Kind, string Fill, string Stroke, string StrokeWidth, IReadOnlyList<MapMark> Marks);

public enum MapLegendSymbol
{
    Dot,
    Area,
    Outline,
    Here,
}

public sealed record MapLegendEntry(MapLegendSymbol Symbol, string Text);

/// <summary>One line of the text list: the place, its public tactics, and whether it is missing from the map.</summary>
public sealed record MapListItem(MapPlace Place, string Title, string? Tactics, bool Unplaced);
