using DemandAtlas.Tests.Importing;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Geo;

/// <summary>The importer takes positions from the document first, then from the gazetteer.</summary>
public sealed class ImportCoordinatesTests
{
    [Fact]
    public async Task Importing_the_seed_places_Westborough_from_the_gazetteer_near_42_27_N_71_62_W()
    {
        await using var harness = await ImportHarness.CreateAsync();

        await harness.ImportAsync(false, Seeds.PathOf(Seeds.Westborough));

        await using var db = harness.Database.Open();
        var j = await db.Jurisdictions.SingleAsync(x => x.Slug == "westborough-ma");
        Assert.Equal(CoordinateSource.Gazetteer, j.CoordinateSource);
        Assert.Equal(42.27, j.Latitude!.Value, 0.05);
        Assert.Equal(-71.62, j.Longitude!.Value, 0.05);
    }

    [Fact]
    public async Task A_documents_location_line_wins_over_the_gazetteer()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var text = File.ReadAllText(Seeds.PathOf(Seeds.Westborough)).Replace("\nLocation", "\nLocation 42.5, -71.5", StringComparison.Ordinal);
        var path = harness.Write("westborough-located.txt", text);

        await harness.ImportAsync(false, path);

        await using var db = harness.Database.Open();
        var j = await db.Jurisdictions.SingleAsync(x => x.Slug == "westborough-ma");
        Assert.Equal((42.5, -71.5, CoordinateSource.Document), (j.Latitude!.Value, j.Longitude!.Value, j.CoordinateSource!.Value));
    }

    [Fact]
    public async Task A_place_the_gazetteer_does_not_know_stays_without_coordinates()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("nowhere.txt", Profiles.Document(title: "Nowhere Special, VT"));

        await harness.ImportAsync(false, path);

        await using var db = harness.Database.Open();
        var j = await db.Jurisdictions.SingleAsync(x => x.Slug == "nowhere-special-vt");
        Assert.Null(j.Latitude);
        Assert.Null(j.CoordinateSource);
    }
}
