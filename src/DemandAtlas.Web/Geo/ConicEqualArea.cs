namespace DemandAtlas.Web.Geo;

/// <summary>
/// One panel of the composite: d3-geo's conic equal-area projection with its rotate, center,
/// parallels, scale, translate and clip extent, computed the way d3's projection pipeline does
/// (rotate, project, scale, translate, then drop points outside the clip rectangle).
/// </summary>
internal sealed class ConicEqualArea
{
    private const double Radians = Math.PI / 180;
    private readonly double rotateLambda;
    private readonly double n;
    private readonly double c;
    private readonly double r0;
    private readonly double k;
    private readonly double dx;
    private readonly double dy;
    private readonly (double X0, double Y0, double X1, double Y1) clip;

    public ConicEqualArea(double rotate, (double Lon, double Lat) center, (double Phi0, double Phi1) parallels, double scale, (double X, double Y) translate, (double X0, double Y0, double X1, double Y1) clipExtent)
    {
        rotateLambda = rotate % 360 * Radians;
        var sy0 = Math.Sin(parallels.Phi0 * Radians);
        n = (sy0 + Math.Sin(parallels.Phi1 * Radians)) / 2;
        c = 1 + (sy0 * ((2 * n) - sy0));
        r0 = Math.Sqrt(c) / n;
        k = scale;

        // d3 places the (unrotated) center at the translate point.
        var (cx, cy) = Raw(center.Lon % 360 * Radians, center.Lat % 360 * Radians);
        dx = translate.X - (k * cx);
        dy = translate.Y + (k * cy);
        clip = clipExtent;
    }

    /// <summary>The projected point, or null when it falls outside this panel's clip extent.</summary>
    public (double X, double Y)? Project(double longitude, double latitude)
    {
        var lambda = (longitude * Radians) + rotateLambda;
        if (Math.Abs(lambda) > Math.PI)
        {
            lambda -= Math.Round(lambda / (2 * Math.PI), MidpointRounding.AwayFromZero) * 2 * Math.PI;
        }

        var (x, y) = Raw(lambda, latitude * Radians);
        var px = dx + (k * x);
        var py = dy - (k * y);
        return px >= clip.X0 && px <= clip.X1 && py >= clip.Y0 && py <= clip.Y1 ? (px, py) : null;
    }

    private (double X, double Y) Raw(double lambda, double phi)
    {
        var r = Math.Sqrt(c - (2 * n * Math.Sin(phi))) / n;
        var a = lambda * n;
        return (r * Math.Sin(a), r0 - (r * Math.Cos(a)));
    }
}
