using System.Net;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Pages.Jurisdictions;

public sealed class ListTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(JurisdictionBuilder Both, JurisdictionBuilder WebOnly, JurisdictionBuilder Neither)> ThreePlacesAsync(string tag)
    {
        var both = new JurisdictionBuilder($"Both{tag}").WithTactic("web-stings").WithTactic("identity-disclosure");
        var webOnly = new JurisdictionBuilder($"WebOnly{tag}").WithTactic("web-stings");
        var neither = new JurisdictionBuilder($"Neither{tag}").WithTactic("john-school");
        await factory.WithDbAsync(async db =>
        {
            await both.SaveAsync(db);
            await webOnly.SaveAsync(db);
            await neither.SaveAsync(db);
        });
        return (both, webOnly, neither);
    }

    [Fact]
    public async Task Two_tactics_with_match_all_list_only_places_using_both()
    {
        var (both, webOnly, neither) = await ThreePlacesAsync("MatchAll");

        var (response, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&tactic=identity-disclosure&match=all&q=MatchAll&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.ProfileLinks();
        Assert.Contains(both.Name, names);
        Assert.DoesNotContain(webOnly.Name, names);
        Assert.DoesNotContain(neither.Name, names);
    }

    [Fact]
    public async Task Two_tactics_with_match_any_list_places_using_either()
    {
        var (both, webOnly, neither) = await ThreePlacesAsync("MatchAny");

        var (_, page) = await client.GetPageAsync($"/jurisdictions?tactic=web-stings&tactic=identity-disclosure&match=any&q=MatchAny");

        var names = page.ProfileLinks();
        Assert.Contains(both.Name, names);
        Assert.Contains(webOnly.Name, names);
        Assert.DoesNotContain(neither.Name, names);
    }
}
