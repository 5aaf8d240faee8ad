using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Geo;

/// <summary>A position and where it came from.</summary>
public sealed record ResolvedCoordinates(double Latitude, double Longitude, CoordinateSource Source);

/// <summary>
/// Decides a jurisdiction's position: the document's own Location line first, then the bundled
/// gazetteer (name + state, by type), otherwise none. Editors' positions are set in the admin pages
/// and never pass through here.
/// </summary>
public static class CoordinateResolver
{
    public static ResolvedCoordinates? Resolve(double? documentLatitude, double? documentLongitude, string name, string stateCode, JurisdictionType? type)
    {
        if (documentLatitude is { } lat && documentLongitude is { } lon && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180)
        {
            return new ResolvedCoordinates(lat, lon, CoordinateSource.Document);
        }

        return Gazetteer.Default.Find(name, stateCode, type) is { } entry
            ? new ResolvedCoordinates(entry.Latitude, entry.Longitude, CoordinateSource.Gazetteer)
            : null;
    }
}
