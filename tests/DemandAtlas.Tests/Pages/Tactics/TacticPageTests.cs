using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Pages.Tactics;

public sealed class TacticPageTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_tactics_page_lists_all_fifteen_with_descriptions_from_the_store()
    {
        var (response, page) = await client.GetPageAsync("/tactics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("main tbody tr").ToList();
        Assert.Equal(15, rows.Count);
        Assert.Equal("Auto Seizure", rows[0].QuerySelector("th a")!.TextContent);
        Assert.Contains(TacticCatalog.All[0].Description, rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tactic_page_lists_only_places_using_it_with_the_list_filters_applied()
    {
        var tag = SiteData.Unique("Tactic");
        var inVermont = new JurisdictionBuilder($"Vt{tag}", "VT", "Vermont").WithTactic("letters");
        var inMaine = new JurisdictionBuilder($"Me{tag}", "ME", "Maine").WithTactic("letters");
        var withoutIt = new JurisdictionBuilder($"No{tag}", "VT", "Vermont").WithTactic("cameras");
        foreach (var b in new[] { inVermont, inMaine, withoutIt })
        {
            await factory.SaveAsync(b);
        }

        var (_, all) = await client.GetPageAsync($"/tactics/letters?q={tag}");
        var (_, vermont) = await client.GetPageAsync($"/tactics/letters?q={tag}&state=vt");

        Assert.Equal("Letters", all.QuerySelector("h1")!.TextContent);
        Assert.Equal(new[] { inMaine.Name, inVermont.Name }.Order(), all.ProfileLinks().Order());
        Assert.Equal([inVermont.Name], vermont.ProfileLinks());
        Assert.All(vermont.QuerySelectorAll(".active-filters a"), a => Assert.StartsWith("/tactics/letters", a.GetAttribute("href")!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confidential_uses_count_in_the_totals_and_operations_by_year_but_are_never_listed()
    {
        // A tactic no other test in this class touches, so the totals are this test's own.
        var tag = SiteData.Unique("Count");
        var open = new JurisdictionBuilder($"Open{tag}").WithTactic("soap-orders")
            .WithOperation(2019, 3, 4, ["soap-orders"])
            .WithOperation(2019, 8, 6, ["soap-orders"]);
        var hidden = new JurisdictionBuilder($"Hidden{tag}").WithTactic("soap-orders", confidential: true)
            .WithOperation(2021, null, 5, ["soap-orders"]);
        var rejected = new JurisdictionBuilder($"Rejected{tag}").WithTactic("soap-orders", status: ClaimStatus.Rejected);
        await factory.SaveAsync(open);
        await factory.SaveAsync(hidden, (j, _) => j.Operations[0].IsConfidential = true);
        await factory.SaveAsync(rejected);

        var (_, page) = await client.GetPageAsync($"/tactics/soap-orders?q={tag}");
        var years = page.QuerySelectorAll("table.by-year tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

        Assert.Equal([open.Name], page.ProfileLinks());
        Assert.Contains("2 jurisdictions use", page.QuerySelector(".totals")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 recorded operations", page.QuerySelector(".totals")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([["2019", "2", "10"], ["2021", "1", "5"]], years);
        Assert.Contains("Demand Forum", page.QuerySelector(".context")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tactic_is_404_and_a_bad_filter_on_a_tactic_page_is_400()
    {
        var (missing, _) = await client.GetPageAsync("/tactics/no-such-tactic");
        var (bad, page) = await client.GetPageAsync("/tactics/letters?page=zero%3Cb%3E");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain("zero", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cached_counts_change_on_the_next_request_after_an_edit()
    {
        async Task<int> PlacesAsync()
        {
            var (_, page) = await client.GetPageAsync("/tactics/community-service");
            var text = page.QuerySelector(".totals strong")!.TextContent;
            return int.Parse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        }

        var before = await PlacesAsync();
        var place = new JurisdictionBuilder("Cached").WithTactic("community-service");
        var saved = await factory.SaveAsync(place);
        var afterSave = await PlacesAsync();
        await factory.WithDbAsync(db => db.Claims.Where(c => c.JurisdictionId == saved.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ClaimStatus.Rejected)));
        var afterReject = await PlacesAsync();

        Assert.Equal(before + 1, afterSave);
        Assert.Equal(before, afterReject);
    }
}
