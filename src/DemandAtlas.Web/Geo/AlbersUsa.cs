namespace DemandAtlas.Web.Geo;

/// <summary>
/// d3's geoAlbersUsa composite at scale 1300, translate [487.5, 305] — the projection the us-atlas
/// "albers" files (and so our base map) were drawn with — plus a Puerto Rico inset in the lower
/// right corner with d3-composite-projections' geoAlbersUsaTerritories parameters. tools/geo/projection.mjs
/// is the JavaScript twin used to draw the base map and to produce the golden test values.
/// </summary>
public static class AlbersUsa
{
    public const double Width = 975;
    public const double Height = 610;
    private const double Scale = 1300;
    private const double Tx = 487.5;
    private const double Ty = 305;

    // d3 shrinks the inset clip boxes by its epsilon (1e-6) so the panels never overlap.
    private const double Epsilon = 1e-6;

    private static readonly ConicEqualArea Lower48 = new(
        96, (-0.6, 38.7), (29.5, 45.5), Scale, (Tx, Ty),
        (Tx - (0.455 * Scale), Ty - (0.238 * Scale), Tx + (0.455 * Scale), Ty + (0.238 * Scale)));

    private static readonly ConicEqualArea Alaska = new(
        154, (-2, 58.5), (55, 65), Scale * 0.35, (Tx - (0.307 * Scale), Ty + (0.201 * Scale)),
        (Tx - (0.425 * Scale) + Epsilon, Ty + (0.120 * Scale) + Epsilon, Tx - (0.214 * Scale) - Epsilon, Ty + (0.234 * Scale) - Epsilon));

    private static readonly ConicEqualArea Hawaii = new(
        157, (-3, 19.9), (8, 18), Scale, (Tx - (0.205 * Scale), Ty + (0.212 * Scale)),
        (Tx - (0.214 * Scale) + Epsilon, Ty + (0.166 * Scale) + Epsilon, Tx - (0.115 * Scale) - Epsilon, Ty + (0.234 * Scale) - Epsilon));

    private static readonly ConicEqualArea PuertoRico = new(
        66, (0, 18), (8, 18), Scale, (Tx + (0.35 * Scale), Ty + (0.224 * Scale)),
        (Tx + (0.312 * Scale), Ty + (0.2064 * Scale), Tx + (0.385 * Scale), Ty + (0.233 * Scale)));

    /// <summary>The point in the 975×610 map, or null when it lies outside every panel (abroad, or bad data).</summary>
    public static (double X, double Y)? Project(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180)
        {
            return null;
        }

        return Lower48.Project(longitude, latitude)
            ?? Alaska.Project(longitude, latitude)
            ?? Hawaii.Project(longitude, latitude)
            ?? PuertoRico.Project(longitude, latitude);
    }
}
