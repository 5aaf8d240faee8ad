using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;

namespace DemandAtlas.Tests.Geo;

public sealed class UsMapTests
{
    private static MapPlace Place(string slug, string name, string state, JurisdictionType? type, double? lat = null, double? lon = null, params string[] tactics) =>
        new(slug, name, state, type, lat, lon, tactics);

    [Fact]
    public void A_town_is_a_point_at_its_projected_coordinates()
    {
        var map = UsMap.Build([Place("westborough-ma", "Westborough", "MA", JurisdictionType.Town, 42.2626, -71.6125, "Reverse Stings")], 1);

        var mark = Assert.Single(map.Marks);
        Assert.Equal(MapMarkKind.Point, mark.Kind);
        Assert.Equal(900.329, mark.X, 0.5);
        Assert.Equal(171.605, mark.Y, 0.5);
        Assert.Equal("Westborough, MA: Reverse Stings", mark.Label);
    }

    [Fact]
    public void A_county_is_its_shaded_outline_found_by_name_and_state()
    {
        var map = UsMap.Build([Place("polk-county-fl", "Polk County", "FL", JurisdictionType.County)], 1);

        var mark = Assert.Single(map.Marks);
        Assert.Equal(MapMarkKind.County, mark.Kind);
        Assert.Equal(ShapeLibrary.County("12105"), mark.Path);
    }

    [Fact]
    public void A_state_profile_is_the_state_outline()
    {
        var map = UsMap.Build([Place("vermont", "Vermont", "VT", JurisdictionType.State)], 1);

        var mark = Assert.Single(map.Marks);
        Assert.Equal(MapMarkKind.State, mark.Kind);
        Assert.Equal(ShapeLibrary.State("VT"), mark.Path);
    }

    [Fact]
    public void Places_without_a_position_are_kept_as_unplaced_not_dropped()
    {
        var map = UsMap.Build(
        [
            Place("nowhere-ma", "Nowhere", "MA", JurisdictionType.City),
            Place("abroad-ma", "Abroad", "MA", JurisdictionType.City, 51.5, -0.12),
            Place("unknown-county-ma", "Unknown County", "MA", JurisdictionType.County),
        ], 3);

        Assert.Empty(map.Marks);
        Assert.Equal(["nowhere-ma", "abroad-ma", "unknown-county-ma"], map.Unplaced.Select(p => p.Slug));
    }

    [Fact]
    public void A_county_without_an_outline_falls_back_to_its_point()
    {
        var map = UsMap.Build([Place("x-county-ma", "Imaginary County", "MA", JurisdictionType.County, 42.2626, -71.6125)], 1);

        Assert.Equal(MapMarkKind.Point, Assert.Single(map.Marks).Kind);
    }

    [Fact]
    public void Points_are_drawn_above_areas_and_the_highlighted_place_last()
    {
        var map = UsMap.Build(
        [
            Place("here-ma", "Here", "MA", JurisdictionType.City, 42.3, -71.6),
            Place("there-ma", "There", "MA", JurisdictionType.City, 42.4, -71.7),
            Place("worcester-county-ma", "Worcester County", "MA", JurisdictionType.County),
            Place("massachusetts", "Massachusetts", "MA", JurisdictionType.State),
        ], 4, new HashSet<string> { "here-ma" });

        Assert.Equal(["massachusetts", "worcester-county-ma", "there-ma", "here-ma"], map.Marks.Select(m => m.Place.Slug));
        Assert.True(map.Marks[^1].Highlighted);
    }

    [Fact]
    public void A_map_knows_when_the_result_set_was_larger_than_it_draws()
    {
        var map = UsMap.Build([Place("a-ma", "A", "MA", JurisdictionType.City, 42.3, -71.6)], 5000);

        Assert.True(map.IsCapped);
        Assert.Equal(5000, map.Total);
    }
}
