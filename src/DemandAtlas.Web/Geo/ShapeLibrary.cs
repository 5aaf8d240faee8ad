namespace DemandAtlas.Web.Geo;

/// <summary>
/// SVG path data (in the 975×610 map view) for each state and county, used to shade county and
/// state jurisdictions. Loaded once, on first use, from an embedded file written by tools/geo/build.mjs.
/// </summary>
public static class ShapeLibrary
{
    private static readonly Lazy<Dictionary<string, string>> Shapes = new(() =>
        GeoData.ReadRows("shapes.tsv.gz").ToDictionary(r => $"{r[0]}:{r[1]}", r => r[2], StringComparer.Ordinal));

    /// <summary>The outline of a state or territory by USPS code ("MA", "PR").</summary>
    public static string? State(string stateCode) => Shapes.Value.GetValueOrDefault($"S:{stateCode.ToUpperInvariant()}");

    /// <summary>The outline of a county by its five-digit FIPS code ("25027").</summary>
    public static string? County(string fips) => Shapes.Value.GetValueOrDefault($"C:{fips}");
}
