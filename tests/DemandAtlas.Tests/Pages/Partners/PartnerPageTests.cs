using System.Net;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Pages.Partners;

public sealed class PartnerPageTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_partner_page_shows_its_units_public_jurisdictions_and_public_operations()
    {
        var agency = SiteData.Unique("County Sheriff ");
        var unit = agency + " Vice Unit";
        var first = new JurisdictionBuilder("Alpha").WithPartner(agency).WithPartner(unit)
            .WithOperation(2022, 4, 12, ["reverse-stings"], [agency], summary: "Joint sting made twelve arrests.")
            .WithOperation(2023, 1, 2, ["web-stings"], [agency], summary: "Confidential joint work.");
        var second = new JurisdictionBuilder("Beta").WithPartner(agency);
        var draft = new JurisdictionBuilder("Gamma").WithPartner(agency).AsDraft();
        await factory.SaveAsync(first, (j, _) =>
        {
            j.Partners.Single(p => p.Partner.Name == unit).Partner.Parent = j.Partners.Single(p => p.Partner.Name == agency).Partner;
            j.Operations.Single(o => o.Year == 2023).IsConfidential = true;
        });
        await factory.SaveAsync(second);
        await factory.SaveAsync(draft);

        var (response, page) = await client.GetPageAsync($"/partners/{Slugs.From(agency)}");
        var (_, unitPage) = await client.GetPageAsync($"/partners/{Slugs.From(unit)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(agency, page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/partners/{Slugs.From(unit)}']"));
        Assert.Equal(new[] { first.Name, second.Name }.Order(), page.QuerySelectorAll("table.results tbody th a[href^='/jurisdictions/']").Select(a => a.TextContent).Order());
        Assert.Contains("twelve arrests", page.QuerySelector("table.operations")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential joint work", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Name, page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.NotNull(unitPage.QuerySelector($"main a[href='/partners/{Slugs.From(agency)}']"));
    }

    [Fact]
    public async Task An_unknown_partner_is_404()
    {
        var (response, _) = await client.GetPageAsync("/partners/no-such-agency-anywhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
