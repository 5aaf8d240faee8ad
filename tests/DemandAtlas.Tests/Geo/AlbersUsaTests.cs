using DemandAtlas.Web.Geo;

namespace DemandAtlas.Tests.Geo;

public sealed class AlbersUsaTests
{
    // Produced by `node tools/geo/golden.mjs` with d3-geo 3.1.2 (geoAlbersUsa scale 1300, translate
    // [487.5, 305]; Puerto Rico through the inset in tools/geo/projection.mjs).
    public static TheoryData<string, double, double, double, double> Golden => new()
    {
        { "Westborough, MA", 42.2626, -71.6125, 900.329, 171.605 },
        { "Anchorage, AK", 61.2181, -149.9003, 112.277, 544.278 },
        { "Juneau, AK", 58.3019, -134.4197, 176.937, 556.084 },
        { "Honolulu, HI", 21.3069, -157.8583, 266.960, 549.190 },
        { "Hilo, HI", 19.7297, -155.09, 326.152, 584.675 },
        { "Key West, FL", 24.5551, -81.78, 794.406, 604.452 },
        { "Seattle, WA", 47.6062, -122.3321, 97.625, 46.319 },
        { "Chicago, IL", 41.8781, -87.6298, 638.220, 226.112 },
        { "Burlington, VT", 44.4759, -73.2121, 862.484, 129.140 },
        { "Brownsville, TX", 25.9017, -97.4975, 467.170, 596.218 },
        { "San Diego, CA", 32.7157, -117.1611, 99.744, 397.468 },
        { "Caribou, ME", 46.8606, -68.0119, 927.773, 55.230 },
        { "San Juan, PR", 18.4655, -66.1057, 940.223, 585.642 },
        { "Ponce, PR", 18.0111, -66.6141, 929.249, 595.932 },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Projected_points_match_d3_within_half_a_pixel(string place, double latitude, double longitude, double x, double y)
    {
        var point = AlbersUsa.Project(latitude, longitude);

        Assert.True(point is not null, place);
        Assert.InRange(point.Value.X, x - 0.5, x + 0.5);
        Assert.InRange(point.Value.Y, y - 0.5, y + 0.5);
    }

    [Theory]
    [InlineData(51.5072, -0.1276)]
    [InlineData(-33.87, 151.21)]
    [InlineData(double.NaN, -71.6)]
    [InlineData(95, -71.6)]
    public void Points_outside_every_panel_have_no_position(double latitude, double longitude)
    {
        Assert.Null(AlbersUsa.Project(latitude, longitude));
    }
}
