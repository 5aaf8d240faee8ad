using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DemandAtlas.Tests.Pages;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Geo;

/// <summary>The map on each public page: marks link to profiles, nothing is fetched from elsewhere.</summary>
public sealed class MapPagesTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static IElement? Mark(IDocument page, string slug) =>
        page.QuerySelector($"figure.us-map svg a[href='/jurisdictions/{slug}']");

    /// <summary>Every src/href is on this site: a path, a fragment or a query, never another host or scheme.</summary>
    private static void AssertNoThirdPartyReferences(IDocument page)
    {
        var references = page.QuerySelectorAll("[src], [href]")
            .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("href") })
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(
            (r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal)) || r.StartsWith('#') || r.StartsWith('?'),
            $"not same-origin: {r}"));
        Assert.Empty(page.QuerySelectorAll("[style], style, script:not([src])"));
    }

    [Fact]
    public async Task The_home_page_map_links_the_seed_town_at_its_projected_point()
    {
        var town = new JurisdictionBuilder("Westborough").OfType(JurisdictionType.Town).At(42.2626, -71.6125).WithTactic("reverse-stings");
        await factory.SaveAsync(town);

        var (response, page) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var circle = Mark(page, town.Slug)?.QuerySelector("circle");
        Assert.NotNull(circle);
        Assert.Equal(900.329, double.Parse(circle.GetAttribute("cx")!, CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(171.605, double.Parse(circle.GetAttribute("cy")!, CultureInfo.InvariantCulture), 0.5);
        Assert.Equal($"{town.Name}, MA: Reverse Stings", Mark(page, town.Slug)!.QuerySelector("title")!.TextContent);
        Assert.NotNull(page.QuerySelector("head link[href^='/css/map.css']"));
        AssertNoThirdPartyReferences(page);
    }

    [Fact]
    public async Task The_list_page_maps_exactly_the_filtered_places_and_links_to_the_list()
    {
        var tag = SiteData.Unique("Mapped");
        var match = new JurisdictionBuilder($"In{tag}").At(42.3, -71.8).WithTactic("web-stings");
        var other = new JurisdictionBuilder($"Out{tag}").At(42.4, -71.9).WithTactic("john-school");
        await factory.SaveAsync(match);
        await factory.SaveAsync(other);

        var (response, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&q={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marks = page.QuerySelectorAll("figure.us-map svg a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/jurisdictions/{match.Slug}"], marks);
        Assert.Equal("#results", page.QuerySelector("figure.us-map figcaption a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#results"));
        AssertNoThirdPartyReferences(page);
    }

    [Fact]
    public async Task The_tactic_page_never_maps_a_place_whose_claim_is_confidential()
    {
        var open = new JurisdictionBuilder("OpenUser").At(40.7, -74.0).WithTactic("letters");
        var secret = new JurisdictionBuilder("SecretUser").At(40.8, -74.1).WithTactic("letters", confidential: true);
        await factory.SaveAsync(open);
        await factory.SaveAsync(secret);

        var (response, page) = await client.GetPageAsync("/tactics/letters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Mark(page, open.Slug));
        Assert.Null(Mark(page, secret.Slug));
        Assert.DoesNotContain(secret.Name, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        AssertNoThirdPartyReferences(page);
    }

    [Fact]
    public async Task The_state_page_maps_its_own_places_only()
    {
        var vermont = new JurisdictionBuilder("Mapleton", "VT", "Vermont").At(44.48, -73.21);
        var maine = new JurisdictionBuilder("Pineton", "ME", "Maine").At(44.1, -70.2);
        await factory.SaveAsync(vermont);
        await factory.SaveAsync(maine);

        var (response, page) = await client.GetPageAsync("/states/vt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Mark(page, vermont.Slug));
        Assert.Null(Mark(page, maine.Slug));
        AssertNoThirdPartyReferences(page);
    }

    [Fact]
    public async Task The_profile_map_highlights_the_place_and_links_its_neighbours()
    {
        var neighbour = new JurisdictionBuilder("Nextdoor").At(42.3, -71.64);
        var saved = await factory.SaveAsync(neighbour);
        var home = new JurisdictionBuilder("Hometown").At(42.26, -71.61);
        await factory.SaveAsync(home, (j, db) => db.RelatedJurisdictions.Add(new RelatedJurisdiction { JurisdictionId = j.Id, Name = "Nextdoor", MatchedJurisdictionId = saved.Id }));

        var (response, page) = await client.GetPageAsync($"/jurisdictions/{home.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/jurisdictions/{home.Slug}", page.QuerySelector(".us-map__layer--here a")!.GetAttribute("href"));
        Assert.NotNull(Mark(page, neighbour.Slug));
        Assert.Equal(2, page.QuerySelectorAll("details.us-map__list li a").Length);
        AssertNoThirdPartyReferences(page);
    }

    [Fact]
    public async Task The_base_map_is_a_cacheable_static_svg_served_by_the_app()
    {
        var response = await client.GetAsync(new Uri("/geo/states.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 10_000, 60_000);
    }

    [Fact]
    public async Task A_profile_with_several_operations_charts_its_public_operations_per_year()
    {
        var place = new JurisdictionBuilder("Yearsburg")
            .WithOperation(2018, 4, 6, ["reverse-stings"])
            .WithOperation(2020, 1, 3, ["web-stings"])
            .WithOperation(2020, 9, 50, ["web-stings"]);
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Arrests == 50).IsConfidential = true);

        var (response, page) = await client.GetPageAsync($"/jurisdictions/{place.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#profile-chart-years-table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["2018", "1", "6"], ["2019", "0", "0"], ["2020", "1", "3"]], rows);
        Assert.NotNull(page.QuerySelector("#profile-chart-years svg"));
    }
}
