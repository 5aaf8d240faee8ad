using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Geo;

/// <summary>What the map needs to know about one jurisdiction (public tactics only).</summary>
public sealed record MapPlace(
    string Slug,
    string Name,
    string StateCode,
    JurisdictionType? Type,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Tactics)
{
    /// <summary>The profile's path (the page adds its path base), made once with the place rather than per mark drawn.</summary>
    public string ProfilePath { get; } = "/jurisdictions/" + Slug;
}

public enum MapMarkKind
{
    /// <summary>A town, city, village, borough, township or region: a dot.</summary>
    Point,
    /// <summary>A county: its outline, shaded.</summary>
    County,
    /// <summary>A state-level profile: the state outline, lightly shaded.</summary>
    State,
}

/// <summary>
/// One clickable mark. Points have X/Y; areas have Path (SVG path data in the 975×610 view) and Shape, the
/// outline's key ("s-CA", "c-06037"), so a map can write each distinct outline once however many marks share it.
/// </summary>
public sealed record MapMark(MapMarkKind Kind, MapPlace Place, double X, double Y, string? Path, bool Highlighted, string? Shape = null)
{
    // Made once per mark: the directory index places each public place once, and maps draw hundreds of marks.
    public string Label { get; } = Place.Tactics.Count == 0
        ? UsMap.Title(Place)
        : $"{UsMap.Title(Place)}: {string.Join(", ", Place.Tactics)}";

    /// <summary>X and Y as the SVG writes them.</summary>
    public string Cx { get; } = UsMapFigure.N(X);

    public string Cy { get; } = UsMapFigure.N(Y);
}

/// <summary>
/// A map of the jurisdictions in a result set: points for towns and cities, shaded outlines for
/// counties and states. Places without a position are still listed in the text alternative.
/// </summary>
public sealed record UsMap(
    IReadOnlyList<MapMark> Marks,
    IReadOnlyList<MapPlace> Places,
    IReadOnlyList<MapPlace> Unplaced,
    int Total)
{
    /// <summary>A map many requests draw (the directory index's home map): its markup is kept (<see cref="RenderedMaps"/>).</summary>
    public bool Shared { get; init; }

    /// <summary>
    /// The most jurisdictions one map draws; beyond this it says so and links to the list. A few hundred marks
    /// keep a national map readable and the page small: at 2,000 the list page weighed 350 KB compressed.
    /// </summary>
    public const int DefaultCap = 300;

    /// <summary>True when the result set had more jurisdictions than the map shows.</summary>
    public bool IsCapped => Total > Places.Count;

    public static string Title(MapPlace place) =>
        place.Type == JurisdictionType.State ? place.Name : $"{place.Name}, {place.StateCode}";

    /// <summary>Places each jurisdiction; slugs in <paramref name="highlight"/> get the accent mark (a profile's own place).</summary>
    public static UsMap Build(IReadOnlyList<MapPlace> places, int total, IReadOnlySet<string>? highlight = null) =>
        FromMarks(places, [.. places.Select(MarkOf)], total, highlight);

    /// <summary>A map of places already placed (<see cref="MarkOf"/>, as the directory index does once per place).</summary>
    public static UsMap FromMarks(IReadOnlyList<MapPlace> places, IReadOnlyList<MapMark?> placed, int total, IReadOnlySet<string>? highlight = null)
    {
        var marks = new List<MapMark>(places.Count);
        var unplaced = new List<MapPlace>();
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var mark = placed[i] is { } found && highlight?.Contains(place.Slug) == true ? found with { Highlighted = true } : placed[i];
            if (mark is null)
            {
                unplaced.Add(place);
            }
            else
            {
                marks.Add(mark);
            }
        }

        // Painter's order: states under counties under points, highlighted marks last so they stay visible.
        var ordered = marks
            .OrderBy(m => m.Kind switch { MapMarkKind.State => 0, MapMarkKind.County => 1, _ => 2 })
            .ThenBy(m => m.Highlighted)
            .ToList();
        return new UsMap(ordered, places, unplaced, Math.Max(total, places.Count));
    }

    /// <summary>Where a place goes on the map, or null when it has no position (it is then listed as unplaced).</summary>
    public static MapMark? MarkOf(MapPlace place)
    {
        if (place.Type == JurisdictionType.State && ShapeLibrary.State(place.StateCode) is { } statePath)
        {
            return new MapMark(MapMarkKind.State, place, 0, 0, statePath, false, $"s-{place.StateCode.ToUpperInvariant()}");
        }

        if (place.Type == JurisdictionType.County
            && Gazetteer.Default.FindCounty(place.Name, place.StateCode) is { Fips: { } fips }
            && ShapeLibrary.County(fips) is { } countyPath)
        {
            return new MapMark(MapMarkKind.County, place, 0, 0, countyPath, false, $"c-{fips}");
        }

        if (place.Latitude is { } lat && place.Longitude is { } lon && AlbersUsa.Project(lat, lon) is { } xy)
        {
            return new MapMark(MapMarkKind.Point, place, xy.X, xy.Y, null, false);
        }

        return null;
    }
}
