using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;

namespace DemandAtlas.Tests.Geo;

public sealed class CoordinateResolverTests
{
    [Fact]
    public void The_documents_location_wins_over_the_gazetteer()
    {
        var resolved = CoordinateResolver.Resolve(42.5, -71.5, "Westborough", "MA", JurisdictionType.Town);

        Assert.Equal(new ResolvedCoordinates(42.5, -71.5, CoordinateSource.Document), resolved);
    }

    [Fact]
    public void Without_a_location_the_gazetteer_places_the_seed_town()
    {
        var resolved = CoordinateResolver.Resolve(null, null, "Westborough", "MA", JurisdictionType.City);

        Assert.NotNull(resolved);
        Assert.Equal(CoordinateSource.Gazetteer, resolved.Source);
        Assert.Equal(42.27, resolved.Latitude, 0.05);
        Assert.Equal(-71.62, resolved.Longitude, 0.05);
    }

    [Fact]
    public void An_out_of_range_location_is_ignored_in_favour_of_the_gazetteer()
    {
        var resolved = CoordinateResolver.Resolve(420, -71.6, "Westborough", "MA", JurisdictionType.Town);

        Assert.Equal(CoordinateSource.Gazetteer, resolved?.Source);
    }

    [Fact]
    public void A_place_neither_the_document_nor_the_gazetteer_knows_has_no_position()
    {
        Assert.Null(CoordinateResolver.Resolve(null, null, "Nowhere Special", "MA", JurisdictionType.Town));
    }
}
