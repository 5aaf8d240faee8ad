using System.Net;
using System.Text.Json;
using DemandAtlas.Tests.Pages;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Api;

public sealed class ApiTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, document.RootElement.Clone());
    }

    [Fact]
    public async Task The_jurisdiction_list_is_paged_with_total_and_uses_the_same_filters_as_the_page()
    {
        var tag = SiteData.Unique("Api");
        var places = Enumerable.Range(0, 3).Select(i => new JurisdictionBuilder($"A{i}{tag}", "OR", "Oregon").WithTactic("john-school").WithPopulation(1000 * (i + 1))).ToList();
        var other = new JurisdictionBuilder($"Other{tag}", "OR", "Oregon").WithTactic("letters");
        foreach (var b in places.Append(other))
        {
            await factory.SaveAsync(b);
        }

        var (response, json) = await GetJsonAsync($"/api/jurisdictions?tactic=john-school&state=OR&q={tag}&pageSize=2&page=2&sort=-population");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(2, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(places[0].Slug, item.GetProperty("slug").GetString());
        Assert.Equal(places[0].Name, item.GetProperty("name").GetString());
        Assert.Equal("OR", item.GetProperty("state").GetProperty("code").GetString());
        Assert.Equal("Oregon", item.GetProperty("state").GetProperty("name").GetString());
        Assert.Equal("City", item.GetProperty("type").GetString());
        Assert.Equal(1000, item.GetProperty("population").GetInt32());
        Assert.Equal("john-school", item.GetProperty("tactics")[0].GetProperty("slug").GetString());
        Assert.Equal($"/jurisdictions/{places[0].Slug}", item.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/jurisdictions?tactic=not-a-tactic", "tactic")]
    [InlineData("/api/jurisdictions?page=abc", "page")]
    [InlineData("/api/jurisdictions?pageSize=1000", "pageSize")]
    [InlineData("/api/jurisdictions?state=xx", "state")]
    [InlineData("/api/operations?from=20x0", "from")]
    [InlineData("/api/operations?from=2020&to=2010", "to")]
    public async Task Invalid_filters_get_a_400_problem_naming_the_parameter_without_echoing_it(string url, string parameter)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
        // The trace id is random hex and digits, so a value like "2010" can turn up in it by chance.
        var echoed = System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "");
        Assert.DoesNotContain(url[(url.LastIndexOf('=') + 1)..], echoed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_endpoint_serves_the_export_shape_with_public_data_only()
    {
        var place = new JurisdictionBuilder("Detail").InCounty("Test County").At(44.5, -72.5)
            .WithTactic("web-stings", EvidenceKind.Narrative, "A decoy ad was posted.")
            .WithTactic("it-based-tactics", confidential: true)
            .WithTactic("cameras", status: ClaimStatus.Rejected)
            .WithPartner("Detail Test Police")
            .WithOperation(2020, 2, 4, ["web-stings"], ["Detail Test Police"], day: 9)
            .WithOperation(2021, null, 1, ["web-stings"], summary: "Confidential one.");
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Year == 2021).IsConfidential = true);

        var (response, json) = await GetJsonAsync($"/api/jurisdictions/{place.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] shape = ["slug", "name", "state", "type", "county", "population", "location", "narrative", "tactics", "operations", "partners", "sources", "relatedJurisdictions", "sourceDocument", "updatedAt"];
        Assert.Equal(shape.Order(), json.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(44.5, json.GetProperty("location").GetProperty("latitude").GetDouble());
        var tactic = Assert.Single(json.GetProperty("tactics").EnumerateArray());
        Assert.Equal("web-stings", tactic.GetProperty("slug").GetString());
        Assert.Equal("stated", tactic.GetProperty("strength").GetString());
        Assert.Equal("stated", tactic.GetProperty("evidence")[0].GetProperty("kind").GetString());
        var operation = Assert.Single(json.GetProperty("operations").EnumerateArray());
        Assert.Equal("2020-02-09", operation.GetProperty("date").GetString());
        Assert.Equal("detail-test-police", operation.GetProperty("partners")[0].GetString());
    }

    [Fact]
    public async Task Unknown_or_draft_jurisdictions_are_a_404_problem()
    {
        var draft = new JurisdictionBuilder("ApiDraft").AsDraft();
        await factory.SaveAsync(draft);

        foreach (var slug in new[] { "nowhere-zz", draft.Slug })
        {
            var response = await client.GetAsync(new Uri($"/api/jurisdictions/{slug}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Tactics_lists_all_fifteen_with_counts()
    {
        var (response, json) = await GetJsonAsync("/api/tactics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(15, json.GetArrayLength());
        var first = json[0];
        Assert.Equal("auto-seizure", first.GetProperty("slug").GetString());
        Assert.Equal("Auto Seizure", first.GetProperty("name").GetString());
        Assert.True(first.GetProperty("jurisdictions").GetInt32() >= 0);
        Assert.True(first.GetProperty("operations").GetInt32() >= 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Operations_filter_by_tactic_state_and_year_range_and_hide_confidential_ones()
    {
        var tag = SiteData.Unique("Ops");
        var place = new JurisdictionBuilder($"Ops{tag}", "NV", "Nevada")
            .WithOperation(2015, null, 3, ["reverse-stings"], summary: $"Old {tag}")
            .WithOperation(2020, 5, 4, ["reverse-stings", "web-stings"], summary: $"Both {tag}")
            .WithOperation(2021, 6, 5, ["web-stings"], summary: $"Web {tag}")
            .WithOperation(2022, 7, 6, ["web-stings"], summary: $"Secret {tag}");
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Year == 2022).IsConfidential = true);

        var (_, json) = await GetJsonAsync($"/api/operations?tactic=web-stings&state=nv&from=2016&to=2030&q={tag}");
        var summaries = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()).ToList();

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal([$"Web {tag}", $"Both {tag}"], summaries);
        Assert.Equal(place.Slug, json.GetProperty("items")[0].GetProperty("jurisdiction").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var (response, json) = await GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/jurisdictions", "/api/jurisdictions/{slug}", "/api/tactics", "/api/operations" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var parameters = paths.GetProperty("/api/jurisdictions").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("tactic", parameters);
        Assert.Contains("minPop", parameters);
    }

    [Fact]
    public async Task Health_reports_healthy_when_the_database_answers()
    {
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
