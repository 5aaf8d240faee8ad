using System.Net;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Pages;

public sealed class HomePageTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_home_page_explains_the_directory_and_shows_tactics_totals_recent_operations_and_search()
    {
        var place = new JurisdictionBuilder("Recent").WithTactic("web-stings")
            .WithOperation(2099, 12, 31, ["web-stings"], summary: "The newest operation in this store.")
            .WithOperation(2098, 1, 1, ["web-stings"], summary: "A confidential operation.");
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Year == 2098).IsConfidential = true);

        var (response, page) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("evidence", page.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(15, page.QuerySelectorAll(".tactic-grid li a[href^='/tactics/']").Length);
        Assert.NotNull(page.QuerySelector("main form[action='/jurisdictions'] input[name=q]"));
        Assert.Contains("The newest operation in this store.", page.QuerySelector("table.operations tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A confidential operation", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".totals"));
        Assert.NotNull(page.QuerySelector("main time[datetime]"));
    }

    [Fact]
    public async Task The_layout_has_a_skip_link_landmarks_site_navigation_and_search()
    {
        var (_, page) = await client.GetPageAsync("/api");

        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal(["/", "/jurisdictions", "/tactics", "/states", "/api"], page.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", page.QuerySelector("header nav a[href='/api']")!.GetAttribute("aria-current"));
        Assert.NotNull(page.QuerySelector("header form[role=search][method=get][action='/jurisdictions'] input[name=q]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/jurisdictions")]
    [InlineData("/tactics")]
    [InlineData("/tactics/web-stings")]
    [InlineData("/states")]
    [InlineData("/states/ma")]
    [InlineData("/api")]
    public async Task Public_pages_have_no_inline_scripts_styles_or_third_party_assets(string url)
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/", s.GetAttribute("src") ?? "inline", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(page.QuerySelectorAll("link[href], img[src], script[src]"),
            e => Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src")!, StringComparison.Ordinal));
    }
}
