using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Pages.Jurisdictions;

public sealed class ProfileTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_profile_shows_its_facts_claims_with_evidence_operations_partners_sources_and_neighbours()
    {
        var neighbour = new JurisdictionBuilder("Grafton");
        var neighbourRow = await factory.SaveAsync(neighbour);
        var parent = SiteData.Unique("State Police ");
        var place = new JurisdictionBuilder("Westborough")
            .InCounty("Worcester County")
            .WithPopulation(18_272)
            .At(42.27, -71.62)
            .WithTactic("reverse-stings", EvidenceKind.Narrative, "In January 2017 police arrested 10 men in a reverse sting.")
            .WithTactic("web-stings", EvidenceKind.SourceHeading, "Web-Based Reverse Stings, Identity Disclosure:")
            .WithPartner($"{parent}")
            .WithPartner($"{parent} Vice Unit")
            .WithOperation(2017, 1, 10, ["reverse-stings"], [$"{parent}"], summary: "Ten men were arrested in a reverse sting.");
        var saved = await factory.SaveAsync(place, (j, db) =>
        {
            j.SourceFile = "000_westborough.txt";
            var vice = j.Partners.Single(p => p.Partner.Name.EndsWith("Vice Unit", StringComparison.Ordinal)).Partner;
            vice.Parent = j.Partners.Single(p => p.Partner.Name == parent).Partner;
            j.Sources.Add(new Source
            {
                Category = "Web-Based Reverse Stings, Identity Disclosure:",
                Tactics = [new SourceTactic { TacticId = db.Tactics.Single(t => t.Slug == "web-stings").Id }],
                Items = [new SourceItem { Title = "Ten arrested in sting", Outlet = "Daily Test", Date = "2017-01-20", Url = "https://news.example/sting" },
                         new SourceItem { Title = "Unsafe link", Url = "javascript:alert(1)", SortOrder = 1 }],
            });
            j.RelatedJurisdictions.Add(new RelatedJurisdiction { Name = "Grafton", MatchedJurisdictionId = neighbourRow.Id });
            j.RelatedJurisdictions.Add(new RelatedJurisdiction { Name = "Nowhere Town", SortOrder = 1 });
        });

        var (response, page) = await client.GetPageAsync($"/jurisdictions/{place.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{place.Name}, MA", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Worcester County", facts, StringComparison.Ordinal);
        Assert.Contains("18,272", facts, StringComparison.Ordinal);
        Assert.Contains("42.27° N", facts, StringComparison.Ordinal);
        Assert.Contains("71.62° W", facts, StringComparison.Ordinal);
        var claims = page.QuerySelectorAll(".claims > li").ToList();
        Assert.Equal(["Reverse Stings", "Web Stings"], claims.Select(c => c.QuerySelector("h3")!.TextContent));
        Assert.Contains("arrested 10 men", claims[0].QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Named in a source heading", claims[1].QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);
        var operation = page.QuerySelector("table.operations tbody tr")!;
        Assert.Contains("2017-01", operation.TextContent, StringComparison.Ordinal);
        Assert.Contains("10", operation.TextContent, StringComparison.Ordinal);
        Assert.NotNull(operation.QuerySelector($"a[href='/partners/{Slugs.From(parent)}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/partners/{Slugs.From(parent + " Vice Unit")}']"));
        Assert.Contains("part of", page.QuerySelector("#partners-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".sources a[href='https://news.example/sting']"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:']"));
        Assert.Contains("Unsafe link", page.QuerySelector(".sources")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/jurisdictions/{neighbour.Slug}']"));
        Assert.Contains("Nowhere Town", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("000_westborough.txt", page.QuerySelector("article > footer")!.TextContent, StringComparison.Ordinal);
        Assert.True(saved.Id > 0);
    }

    [Fact]
    public async Task Rejected_and_confidential_claims_and_confidential_operations_are_not_shown()
    {
        var place = new JurisdictionBuilder("Secretive")
            .WithTactic("web-stings")
            .WithTactic("cameras", evidence: "Rejected camera claim.", status: ClaimStatus.Rejected)
            .WithTactic("it-based-tactics", evidence: "Confidential chatbot claim.", confidential: true)
            .WithOperation(2020, 5, 3, ["web-stings"], summary: "Public operation summary.")
            .WithOperation(2021, 6, 7, ["it-based-tactics"], summary: "Confidential operation summary.");
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Year == 2021).IsConfidential = true);

        var (_, page) = await client.GetPageAsync($"/jurisdictions/{place.Slug}");
        var text = page.DocumentElement.TextContent;

        Assert.Equal(["Web Stings"], page.QuerySelectorAll(".claims h3").Select(h => h.TextContent));
        Assert.DoesNotContain("Rejected camera claim", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential chatbot claim", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IT Based Tactics", text, StringComparison.Ordinal);
        Assert.Contains("Public operation summary", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential operation summary", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_draft_and_deleted_profiles_are_404()
    {
        var draft = new JurisdictionBuilder("Drafty").AsDraft();
        var deleted = new JurisdictionBuilder("Gone");
        await factory.SaveAsync(draft);
        await factory.SaveAsync(deleted, (j, _) => j.DeletedAt = DateTimeOffset.UtcNow);

        foreach (var slug in new[] { "no-such-place-zz", draft.Slug, deleted.Slug })
        {
            var (response, page) = await client.GetPageAsync($"/jurisdictions/{slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task Pages_render_only_the_sanitized_narrative_html_never_the_markdown_source()
    {
        const string markdown = "Police acted. <script>alert('md')</script> [click](javascript:alert(2))";
        var place = new JurisdictionBuilder("Scripted").WithNarrative(markdown);
        await factory.SaveAsync(place, (j, _) => j.NarrativeHtml = Markdown.ToSafeHtml(markdown));

        var (_, page) = await client.GetPageAsync($"/jurisdictions/{place.Slug}");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main a[href^='javascript:']"));
        Assert.Contains("Police acted.", page.QuerySelector(".narrative")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_html_put_through_the_markdown_pipeline_is_harmless_on_the_page()
    {
        const string markdown = """
            <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe>
            [link](javascript:alert(3)) <a href="data:text/html,hi" onclick="x()">a</a> <span style="color:red">red</span>
            """;
        var place = new JurisdictionBuilder("Hostile").WithNarrative(markdown);
        await factory.SaveAsync(place, (j, _) => j.NarrativeHtml = Markdown.ToSafeHtml(markdown));

        var (_, page) = await client.GetPageAsync($"/jurisdictions/{place.Slug}");
        var narrative = page.QuerySelector(".narrative")!;

        Assert.Empty(narrative.QuerySelectorAll("script, img, iframe, style, [style]"));
        Assert.DoesNotContain(narrative.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.All(narrative.QuerySelectorAll("a[href]"), a => Assert.Matches("^(https?:|mailto:|/|#)", a.GetAttribute("href")!));
    }
}
