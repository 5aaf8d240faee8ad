using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;

namespace DemandAtlas.Tests.Geo;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Bundled = Gazetteer.Default;

    [Fact]
    public void The_seed_town_Westborough_MA_resolves_near_42_27_N_71_62_W()
    {
        var entry = Bundled.Find("Westborough", "MA", JurisdictionType.Town);

        Assert.NotNull(entry);
        Assert.Equal(GazetteerKind.Place, entry.Kind);
        Assert.InRange(entry.Latitude, 42.22, 42.32);
        Assert.InRange(entry.Longitude, -71.67, -71.57);
    }

    [Theory]
    [InlineData("Burlington", "VT", JurisdictionType.City, 44.48, -73.21)]
    [InlineData("Anchorage", "AK", JurisdictionType.City, 61.2, -149.9)]
    [InlineData("Honolulu", "HI", JurisdictionType.City, 21.31, -157.85)]
    [InlineData("San Juan", "PR", JurisdictionType.City, 18.43, -66.06)]
    [InlineData("Seattle", "WA", JurisdictionType.City, 47.6, -122.33)]
    [InlineData("Saint Paul", "MN", JurisdictionType.City, 44.95, -93.1)]
    [InlineData("ST. PAUL", "mn", null, 44.95, -93.1)]
    [InlineData("Town of Westborough", "MA", JurisdictionType.Town, 42.26, -71.61)]
    [InlineData("Coeur d’Alene", "ID", JurisdictionType.City, 47.68, -116.78)]
    [InlineData("O'Fallon", "IL", JurisdictionType.City, 38.57, -89.9)]
    public void Towns_and_cities_resolve_to_their_ZIP_centroid(string name, string state, JurisdictionType? type, double latitude, double longitude)
    {
        var entry = Bundled.Find(name, state, type);

        Assert.NotNull(entry);
        Assert.Equal(GazetteerKind.Place, entry.Kind);
        Assert.InRange(entry.Latitude, latitude - 0.15, latitude + 0.15);
        Assert.InRange(entry.Longitude, longitude - 0.15, longitude + 0.15);
    }

    [Theory]
    [InlineData("Polk County", "FL", JurisdictionType.County, "12105", 27.95, -81.7)]
    [InlineData("Cook County", "IL", JurisdictionType.County, "17031", 41.84, -87.82)]
    [InlineData("cook county", "IL", null, "17031", 41.84, -87.82)]
    [InlineData("Orleans Parish", "LA", JurisdictionType.County, "22071", 30.05, -89.93)]
    [InlineData("Saint Louis County", "MO", JurisdictionType.County, "29189", 38.64, -90.44)]
    [InlineData("Baltimore County", "MD", JurisdictionType.County, "24005", 39.44, -76.62)]
    [InlineData("Dona Ana County", "NM", JurisdictionType.County, "35013", 32.35, -106.83)]
    [InlineData("Fairbanks North Star Borough", "AK", JurisdictionType.Borough, "02090", 64.8, -146.6)]
    [InlineData("Worcester County", "MA", JurisdictionType.County, "25027", 42.35, -71.91)]
    public void Counties_resolve_to_their_centroid_and_FIPS_code(string name, string state, JurisdictionType? type, string fips, double latitude, double longitude)
    {
        var entry = Bundled.Find(name, state, type);

        Assert.NotNull(entry);
        Assert.Equal(GazetteerKind.County, entry.Kind);
        Assert.Equal(fips, entry.Fips);
        Assert.InRange(entry.Latitude, latitude - 0.3, latitude + 0.3);
        Assert.InRange(entry.Longitude, longitude - 0.3, longitude + 0.3);
    }

    [Fact]
    public void A_state_profile_resolves_to_the_state()
    {
        var entry = Bundled.Find("Vermont", "VT", JurisdictionType.State);

        Assert.NotNull(entry);
        Assert.Equal(GazetteerKind.State, entry.Kind);
        Assert.Equal("50", entry.Fips);
        Assert.InRange(entry.Latitude, 43.5, 44.5);
    }

    [Theory]
    [InlineData("Westborough", "CA", JurisdictionType.Town)]
    [InlineData("Nowhere Special", "MA", JurisdictionType.City)]
    [InlineData("Greater Boston", "MA", JurisdictionType.Region)]
    [InlineData("Westborough County", "MA", JurisdictionType.County)]
    public void Unknown_names_wrong_states_and_regions_resolve_to_nothing(string name, string state, JurisdictionType? type)
    {
        Assert.Null(Bundled.Find(name, state, type));
    }

    [Fact]
    public void The_gazetteer_holds_places_counties_and_states()
    {
        Assert.InRange(Bundled.Count, 30_000, 40_000);
    }

    [Theory]
    [InlineData("St. Johnsbury", "stjohnsbury")]
    [InlineData("Saint  Johnsbury", "stjohnsbury")]
    [InlineData("Coeur d’Alene", "coeurdalene")]
    [InlineData("Mount Vernon", "mtvernon")]
    public void Place_names_normalise_case_abbreviations_and_apostrophes(string name, string key)
    {
        Assert.Equal(key, PlaceNames.PlaceKeys(name).First());
    }

    [Theory]
    [InlineData("Cherry Hill Township", "cherryhill")]
    [InlineData("Cherry Hill Twp.", "cherryhill")]
    [InlineData("Village of Oak Park", "oakpark")]
    public void Place_keys_also_try_the_name_without_its_municipal_type(string name, string key)
    {
        Assert.Contains(key, PlaceNames.PlaceKeys(name));
    }

    [Fact]
    public void Shapes_exist_for_states_Puerto_Rico_and_counties()
    {
        Assert.StartsWith("M", ShapeLibrary.State("MA"));
        Assert.StartsWith("M", ShapeLibrary.State("pr"));
        Assert.StartsWith("M", ShapeLibrary.County("25027"));
        Assert.StartsWith("M", ShapeLibrary.County("72127"));
        Assert.Null(ShapeLibrary.County("99999"));
    }
}
