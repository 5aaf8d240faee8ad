using System.Globalization;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Geo;

public enum GazetteerKind
{
    Place,
    County,
    State,
}

/// <summary>A gazetteer entry: towns and cities from ZIP centroids, counties and states from Census geometry.</summary>
public sealed record GazetteerEntry(GazetteerKind Kind, string StateCode, string Name, double Latitude, double Longitude, string? Fips);

/// <summary>
/// Bundled US places, counties and states (see tools/geo/README.md for the sources), looked up by
/// name + state. Loaded once, on first use, from an embedded file (about 33,000 rows).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Bundled = new(() => new Gazetteer(GeoData.ReadRows("gazetteer.tsv.gz")));
    private readonly Dictionary<string, GazetteerEntry> index = new(StringComparer.Ordinal);

    internal Gazetteer(IEnumerable<string[]> rows)
    {
        // Rows come sorted by kind, state, name; among counties sharing a name (Baltimore County and
        // Baltimore city) the county proper, with the lower FIPS, is indexed first and wins.
        foreach (var row in rows.OrderBy(r => r[5], StringComparer.Ordinal))
        {
            var entry = new GazetteerEntry(
                row[0] switch { "S" => GazetteerKind.State, "C" => GazetteerKind.County, _ => GazetteerKind.Place },
                row[1],
                row[2],
                double.Parse(row[3], CultureInfo.InvariantCulture),
                double.Parse(row[4], CultureInfo.InvariantCulture),
                row[5].Length == 0 ? null : row[5]);
            var key = entry.Kind switch
            {
                GazetteerKind.State => Key(entry.Kind, entry.StateCode, ""),
                GazetteerKind.County => Key(entry.Kind, entry.StateCode, PlaceNames.CountyKey(entry.Name)),
                _ => Key(entry.Kind, entry.StateCode, PlaceNames.PlaceKeys(entry.Name).First()),
            };
            index.TryAdd(key, entry);
        }
    }

    /// <summary>The gazetteer built into the app.</summary>
    public static Gazetteer Default => Bundled.Value;

    public int Count => index.Count;

    /// <summary>
    /// The best entry for a jurisdiction: a state profile resolves to its state, a county (or an Alaska
    /// borough) to its county, a town or city to its place. Without a type, a name ending in "County" is
    /// a county, anything else a place. Regions, and names the data does not know, resolve to nothing.
    /// </summary>
    public GazetteerEntry? Find(string name, string stateCode, JurisdictionType? type = null)
    {
        var state = stateCode.Trim().ToUpperInvariant();
        var kind = type switch
        {
            JurisdictionType.State => GazetteerKind.State,
            JurisdictionType.County => GazetteerKind.County,
            JurisdictionType.Borough when state == "AK" => GazetteerKind.County,
            JurisdictionType.Region => (GazetteerKind?)null,
            null when PlaceNames.Words(name) is [.., "county" or "parish"] => GazetteerKind.County,
            _ => GazetteerKind.Place,
        };
        return kind switch
        {
            GazetteerKind.State => index.GetValueOrDefault(Key(GazetteerKind.State, state, "")),
            GazetteerKind.County => FindCounty(name, state),
            GazetteerKind.Place => PlaceNames.PlaceKeys(name)
                .Select(k => index.GetValueOrDefault(Key(GazetteerKind.Place, state, k)))
                .FirstOrDefault(e => e is not null),
            _ => null,
        };
    }

    /// <summary>A county (or parish, borough, census area, municipio) by name, with its FIPS code.</summary>
    public GazetteerEntry? FindCounty(string name, string stateCode) =>
        index.GetValueOrDefault(Key(GazetteerKind.County, stateCode.Trim().ToUpperInvariant(), PlaceNames.CountyKey(name)));

    private static string Key(GazetteerKind kind, string state, string name) => $"{(int)kind}|{state}|{name}";
}
