using System.Net;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Pages.States;

public sealed class StatePageTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_state_page_lists_that_states_jurisdictions_and_counts_its_tactics()
    {
        // Wyoming is this test's own state within this class's store.
        var tag = SiteData.Unique("State");
        var one = new JurisdictionBuilder($"One{tag}", "WY", "Wyoming").WithTactic("john-school").WithTactic("letters", confidential: true);
        var two = new JurisdictionBuilder($"Two{tag}", "WY", "Wyoming").WithTactic("john-school");
        var elsewhere = new JurisdictionBuilder($"Else{tag}", "MT", "Montana").WithTactic("john-school");
        foreach (var b in new[] { one, two, elsewhere })
        {
            await factory.SaveAsync(b);
        }

        var (response, page) = await client.GetPageAsync("/states/wy");
        var (_, index) = await client.GetPageAsync("/states");
        int Count(string tactic) => int.Parse(page.QuerySelectorAll("table.tactic-counts tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == tactic).QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Wyoming", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(new[] { one.Name, two.Name }.Order(), page.ProfileLinks().Order());
        Assert.Equal(2, Count("John School"));
        Assert.Equal(0, Count("Cameras"));
        Assert.Null(page.QuerySelector("form.filters select[name=state]"));
        Assert.NotNull(index.QuerySelector("main a[href='/states/wy']"));
    }

    [Theory]
    [InlineData("ND", "North Dakota", 2, false)]
    [InlineData("SD", "South Dakota", 3, true)]
    public async Task A_state_with_fewer_than_three_places_counts_no_confidential_claim_or_operation(string code, string state, int places, bool counted)
    {
        // With one or two places, a count of a hidden claim or operation would point at one of them.
        var tag = SiteData.Unique("Small");
        var hidden = new JurisdictionBuilder($"Hidden{tag}", code, state).WithTactic("john-school")
            .WithTactic("letters", confidential: true).WithOperation(2018, 5, 7, ["john-school"]);
        await factory.SaveAsync(hidden, (j, _) => j.Operations[0].IsConfidential = true);
        for (var i = 1; i < places; i++)
        {
            await factory.SaveAsync(new JurisdictionBuilder($"Open{i}{tag}", code, state).WithTactic("john-school"));
        }

        var (_, page) = await client.GetPageAsync($"/states/{code.ToLowerInvariant()}");
        var letters = page.QuerySelectorAll("table.tactic-counts tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Letters").QuerySelector("td")!.TextContent;
        var years = page.QuerySelectorAll("table.by-year tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();

        string[] expectedYears = counted ? ["2018"] : [];
        Assert.Equal(counted ? "1" : "0", letters);
        Assert.Equal(expectedYears, years);
    }

    [Fact]
    public async Task An_upper_case_code_redirects_permanently_to_the_lower_case_address()
    {
        var response = await client.GetAsync(new Uri("/states/WY?type=Town", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/states/wy?type=Town", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/states/zz")]
    [InlineData("/states/massachusetts")]
    public async Task An_unknown_state_is_404(string url)
    {
        var (response, _) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
