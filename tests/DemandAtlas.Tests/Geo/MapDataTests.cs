using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Geo;

public sealed class MapDataTests
{
    [Fact]
    public async Task The_map_shows_only_public_tactics_and_only_the_jurisdictions_it_is_given()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var town = await new JurisdictionBuilder("Maptown").At(42.26, -71.61)
            .WithTactic("reverse-stings")
            .WithTactic("letters", status: ClaimStatus.Rejected)
            .WithTactic("cameras", confidential: true)
            .SaveAsync(db);
        var draft = await new JurisdictionBuilder("Draftville").At(42.3, -71.7).AsDraft().SaveAsync(db);

        var index = await DirectoryIndexes.BuildAsync(db);
        var map = index.Map(index.SetOf([town.Slug, draft.Slug]));

        var mark = Assert.Single(map.Marks);
        Assert.Equal(town.Slug, mark.Place.Slug);
        Assert.Equal(["Reverse Stings"], mark.Place.Tactics);
    }

    [Fact]
    public async Task A_large_result_is_capped_to_the_most_populous_and_reports_the_true_total()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var small = await new JurisdictionBuilder("Small").WithPopulation(1_000).At(42.1, -71.1).SaveAsync(db);
        var large = await new JurisdictionBuilder("Large").WithPopulation(900_000).At(42.2, -71.2).SaveAsync(db);
        var middle = await new JurisdictionBuilder("Middle").WithPopulation(50_000).At(42.3, -71.3).SaveAsync(db);
        string[] slugs = [small.Slug, large.Slug, middle.Slug];

        var index = await DirectoryIndexes.BuildAsync(db);
        var map = index.Map(index.SetOf(slugs), cap: 2);

        Assert.True(map.IsCapped);
        Assert.Equal(3, map.Total);
        Assert.Equal([large.Slug, middle.Slug], map.Places.Select(p => p.Slug));
    }

    [Fact]
    public async Task A_profile_map_shows_the_place_highlighted_and_its_matched_public_neighbours()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var home = await new JurisdictionBuilder("Home").At(42.26, -71.61).SaveAsync(db);
        var neighbour = await new JurisdictionBuilder("Neighbour").At(42.3, -71.64).SaveAsync(db);
        var hidden = await new JurisdictionBuilder("Hidden").At(42.28, -71.7).AsDraft().SaveAsync(db);
        var stranger = await new JurisdictionBuilder("Stranger").At(42.1, -71.5).SaveAsync(db);
        db.RelatedJurisdictions.AddRange(
            new RelatedJurisdiction { JurisdictionId = home.Id, Name = "Neighbour", MatchedJurisdictionId = neighbour.Id, SortOrder = 0 },
            new RelatedJurisdiction { JurisdictionId = home.Id, Name = "Hidden", MatchedJurisdictionId = hidden.Id, SortOrder = 1 },
            new RelatedJurisdiction { JurisdictionId = home.Id, Name = "Unmatched", SortOrder = 2 });
        await db.SaveChangesAsync();

        var profile = await ProfileQueries.LoadAsync(db, home.Slug, CancellationToken.None);
        var map = (await DirectoryIndexes.BuildAsync(db)).ProfileMap(home.Slug, profile!.Neighbours.Select(n => n.Slug).OfType<string>());

        Assert.Equal(new[] { home.Slug, neighbour.Slug }.Order(), map.Places.Select(p => p.Slug).Order());
        Assert.DoesNotContain(map.Places, p => p.Slug == stranger.Slug);
        Assert.Equal(home.Slug, Assert.Single(map.Marks, m => m.Highlighted).Place.Slug);
    }

    [Fact]
    public async Task A_county_jurisdiction_is_shaded_by_its_outline()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await new JurisdictionBuilder("Polk County", "FL", "Florida").OfType(JurisdictionType.County).SaveAsync(db);
        // The builder adds a unique suffix; give the row the real county name the outline is found by.
        await db.Jurisdictions.Where(j => j.Id == county.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Name, "Polk County"));

        var index = await DirectoryIndexes.BuildAsync(db);
        var map = index.Map(index.SetOf([county.Slug]));

        var mark = Assert.Single(map.Marks);
        Assert.Equal(MapMarkKind.County, mark.Kind);
        Assert.Equal(ShapeLibrary.County("12105"), mark.Path);
    }

    [Fact]
    public async Task Jurisdictions_without_coordinates_are_listed_for_staff()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var placed = await new JurisdictionBuilder("Placed").At(42.2, -71.2).SaveAsync(db);
        var unplaced = await new JurisdictionBuilder("Unplaced").SaveAsync(db);

        var list = await db.Jurisdictions.Where(j => j.Id == placed.Id || j.Id == unplaced.Id).WithoutCoordinatesAsync(CancellationToken.None);

        Assert.Equal([unplaced.Slug], list.Select(j => j.Slug));
    }
}
