using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;

namespace DemandAtlas.Tests.Pages.Jurisdictions;

public sealed class ListTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<(JurisdictionBuilder Both, JurisdictionBuilder WebOnly, JurisdictionBuilder Neither)> ThreePlacesAsync(string tag)
    {
        var both = new JurisdictionBuilder($"Both{tag}").WithTactic("web-stings").WithTactic("identity-disclosure");
        var webOnly = new JurisdictionBuilder($"WebOnly{tag}").WithTactic("web-stings");
        var neither = new JurisdictionBuilder($"Neither{tag}").WithTactic("john-school");
        await factory.SaveAsync(both);
        await factory.SaveAsync(webOnly);
        await factory.SaveAsync(neither);
        return (both, webOnly, neither);
    }

    [Fact]
    public async Task Two_tactics_with_match_all_list_only_places_using_both()
    {
        var tag = SiteData.Unique("MatchAll");
        var (both, webOnly, neither) = await ThreePlacesAsync(tag);

        var (response, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&tactic=identity-disclosure&match=all&q={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([both.Name], page.ProfileLinks());
        Assert.Contains("1 jurisdiction matches", page.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_tactics_with_match_any_list_places_using_either()
    {
        var tag = SiteData.Unique("MatchAny");
        var (both, webOnly, _) = await ThreePlacesAsync(tag);

        var (_, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&tactic=identity-disclosure&match=any&q={tag}");

        Assert.Equal(new[] { both.Name, webOnly.Name }.Order(), page.ProfileLinks().Order());
    }

    [Fact]
    public async Task State_type_and_population_filters_narrow_the_list()
    {
        var tag = SiteData.Unique("Narrow");
        var match = new JurisdictionBuilder($"Match{tag}", "VT", "Vermont").OfType(JurisdictionType.Town).WithPopulation(9_000);
        var otherState = new JurisdictionBuilder($"OtherState{tag}", "NH", "New Hampshire").OfType(JurisdictionType.Town).WithPopulation(9_000);
        var otherType = new JurisdictionBuilder($"OtherType{tag}", "VT", "Vermont").OfType(JurisdictionType.City).WithPopulation(9_000);
        var tooBig = new JurisdictionBuilder($"TooBig{tag}", "VT", "Vermont").OfType(JurisdictionType.Town).WithPopulation(90_000);
        var unknownSize = new JurisdictionBuilder($"Unknown{tag}", "VT", "Vermont").OfType(JurisdictionType.Town).WithPopulation(null);
        foreach (var b in new[] { match, otherState, otherType, tooBig, unknownSize })
        {
            await factory.SaveAsync(b);
        }

        var (_, page) = await client.GetPageAsync($"/jurisdictions?state=vt&type=town&minPop=5,000&maxPop=10000&q={tag}");

        Assert.Equal([match.Name], page.ProfileLinks());
    }

    [Fact]
    public async Task Text_search_finds_names_counties_and_partners_in_any_case()
    {
        var tag = SiteData.Unique("Text");
        var byName = new JurisdictionBuilder($"Named{tag}");
        var byCounty = new JurisdictionBuilder("Plainville").InCounty($"Orchard{tag} County");
        var byPartner = new JurisdictionBuilder("Quietville").WithPartner($"Harbor{tag} Police Department");
        var none = new JurisdictionBuilder("Elsewhere");
        foreach (var b in new[] { byName, byCounty, byPartner, none })
        {
            await factory.SaveAsync(b);
        }

        var (_, page) = await client.GetPageAsync($"/jurisdictions?q={tag.ToUpperInvariant()}");

        Assert.Equal(new[] { byName.Name, byCounty.Name, byPartner.Name }.Order(), page.ProfileLinks().Order());
    }

    [Fact]
    public async Task Sorting_by_population_descending_puts_the_largest_first_and_unknown_last()
    {
        var tag = SiteData.Unique("Sort");
        var small = new JurisdictionBuilder($"A{tag}").WithPopulation(1_000);
        var large = new JurisdictionBuilder($"B{tag}").WithPopulation(500_000);
        var unknown = new JurisdictionBuilder($"C{tag}").WithPopulation(null);
        foreach (var b in new[] { small, unknown, large })
        {
            await factory.SaveAsync(b);
        }

        var (_, byPopulation) = await client.GetPageAsync($"/jurisdictions?sort=-population&q={tag}");
        var (_, byName) = await client.GetPageAsync($"/jurisdictions?sort=-name&q={tag}");

        Assert.Equal([large.Name, small.Name, unknown.Name], byPopulation.ProfileLinks());
        Assert.Equal([unknown.Name, large.Name, small.Name], byName.ProfileLinks());
    }

    [Fact]
    public async Task Paging_splits_the_results_and_links_to_the_next_page_with_the_same_filters()
    {
        var tag = SiteData.Unique("Paging");
        var builders = Enumerable.Range(0, 5).Select(i => new JurisdictionBuilder($"P{i}{tag}")).ToList();
        foreach (var b in builders)
        {
            await factory.SaveAsync(b);
        }

        var (_, first) = await client.GetPageAsync($"/jurisdictions?q={tag}&pageSize=2");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync(next);
        var (_, third) = await client.GetPageAsync($"/jurisdictions?q={tag}&pageSize=2&page=3");

        Assert.Equal(builders.Take(2).Select(b => b.Name), first.ProfileLinks());
        Assert.Contains($"q={tag}", next, StringComparison.Ordinal);
        Assert.Equal(builders.Skip(2).Take(2).Select(b => b.Name), second.ProfileLinks());
        Assert.Equal([builders[4].Name], third.ProfileLinks());
        Assert.Contains("5 jurisdictions match", first.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_active_filter_has_a_link_that_removes_only_that_filter()
    {
        var tag = SiteData.Unique("Remove");
        var (both, webOnly, _) = await ThreePlacesAsync(tag);

        var (_, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&tactic=identity-disclosure&q={tag}");
        var chips = page.QuerySelectorAll(".active-filters li").ToList();
        var removeIdentity = chips.Single(li => li.TextContent.Contains("Identity Disclosure", StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        var (_, widened) = await client.GetPageAsync(removeIdentity);

        Assert.Equal(3, chips.Count);
        Assert.DoesNotContain("identity-disclosure", removeIdentity, StringComparison.Ordinal);
        Assert.Equal(new[] { both.Name, webOnly.Name }.Order(), widened.ProfileLinks().Order());
    }

    [Theory]
    [InlineData("tactic=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("page=abc%3Cb%3Einjected")]
    [InlineData("state=zz%3Cb%3Einjected")]
    [InlineData("type=Planet%3Cb%3Einjected")]
    [InlineData("minPop=-5%3Cb%3Einjected")]
    [InlineData("sort=random%3Cb%3Einjected")]
    [InlineData("match=some%3Cb%3Einjected")]
    [InlineData("minPop=10&maxPop=5")]
    public async Task An_invalid_filter_gets_a_400_page_that_does_not_echo_the_input(string query)
    {
        var (response, page) = await client.GetPageAsync($"/jurisdictions?{query}");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".notice--error li"));
        Assert.DoesNotContain("injected", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main table"));
    }

    [Fact]
    public async Task An_empty_result_says_so_and_suggests_widening()
    {
        var (response, page) = await client.GetPageAsync($"/jurisdictions?q={SiteData.Unique("Nothing")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No jurisdictions match", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("widening", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_deleted_places_and_hidden_claims_never_appear_in_the_list()
    {
        var tag = SiteData.Unique("Hidden");
        var visible = new JurisdictionBuilder($"Visible{tag}").WithTactic("web-stings")
            .WithTactic("cameras", status: ClaimStatus.Rejected)
            .WithTactic("it-based-tactics", confidential: true);
        var draft = new JurisdictionBuilder($"Draft{tag}").AsDraft().WithTactic("web-stings");
        var deleted = new JurisdictionBuilder($"Deleted{tag}").WithTactic("web-stings");
        await factory.SaveAsync(visible);
        await factory.SaveAsync(draft);
        await factory.SaveAsync(deleted, (j, _) => j.DeletedAt = DateTimeOffset.UtcNow);

        var (_, all) = await client.GetPageAsync($"/jurisdictions?q={tag}");
        var (_, byConfidential) = await client.GetPageAsync($"/jurisdictions?tactic=it-based-tactics&q={tag}");
        var (_, byRejected) = await client.GetPageAsync($"/jurisdictions?tactic=cameras&q={tag}");

        Assert.Equal([visible.Name], all.ProfileLinks());
        var tactics = all.QuerySelectorAll("main table a[href^='/tactics/']").Select(a => a.TextContent).ToList();
        Assert.Equal(["Web Stings"], tactics);
        Assert.Empty(byConfidential.ProfileLinks());
        Assert.Empty(byRejected.ProfileLinks());
    }

    [Fact]
    public async Task The_filter_form_reflects_the_current_filters_and_works_without_javascript()
    {
        var (_, page) = await client.GetPageAsync("/jurisdictions?tactic=john-school&match=any&state=ma&type=City&minPop=100&sort=-population");
        var form = page.QuerySelector("form.filters")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=tactic][value=john-school][checked]"));
        Assert.NotNull(form.QuerySelector("input[name=match][value=any][checked]"));
        Assert.NotNull(form.QuerySelector("select[name=state] option[value=ma][selected]"));
        Assert.NotNull(form.QuerySelector("select[name=type] option[value=City][selected]"));
        Assert.Equal("100", form.QuerySelector("input[name=minPop]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("select[name=sort] option[value='-population'][selected]"));
        Assert.All(form.QuerySelectorAll("input, select").Where(e => e.GetAttribute("type") is not ("checkbox" or "radio")),
            control => Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']")));
    }

    [Fact]
    public async Task The_filter_form_offers_stated_evidence_only_and_keeps_it_ticked()
    {
        var (_, plain) = await client.GetPageAsync("/jurisdictions?tactic=john-school");
        var (_, stated) = await client.GetPageAsync("/jurisdictions?tactic=john-school&evidence=stated");

        var box = plain.QuerySelector("form.filters input[type=checkbox][name=evidence][value=stated]");
        Assert.NotNull(box);
        Assert.Null(box!.GetAttribute("checked"));
        Assert.NotNull(plain.QuerySelector($"label[for='{box.Id}']"));
        Assert.NotNull(stated.QuerySelector("form.filters input[name=evidence][value=stated][checked]"));
    }

    [Fact]
    public async Task The_filter_form_has_a_control_for_every_filter_field_but_paging_and_none_for_anything_else()
    {
        var (_, page) = await client.GetPageAsync("/jurisdictions");
        var form = page.QuerySelector("form.filters")!;
        var keys = JurisdictionFilterFields.All.Select(f => f.Key).Except(["page", "pageSize"]).ToList();

        Assert.All(keys, key => Assert.True(form.QuerySelector($"[name='{key}']") is not null, $"the filter form has no control named {key}"));
        Assert.All(form.QuerySelectorAll("[name]").Select(c => c.GetAttribute("name")!), name => Assert.Contains(name, keys));
    }
}
