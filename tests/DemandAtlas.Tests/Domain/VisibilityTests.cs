using System.Net;
using System.Text.Json;
using DemandAtlas.Testing;
using DemandAtlas.Tests.CommandLine;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Domain;

/// <summary>The site on a store holding <see cref="HiddenDirectory"/>, seeded once for the class.</summary>
public sealed class HiddenDirectoryFactory : AtlasFactory
{
    private readonly Lazy<Task<HiddenDirectory>> seeded;

    public HiddenDirectoryFactory() => seeded = new(() => WithDbAsync(HiddenDirectory.SeedAsync));

    public Task<HiddenDirectory> SeededAsync() => seeded.Value;
}

/// <summary>
/// <see cref="Visibility"/> holds on every public surface: each route the app maps (pages, API, CSV, documents) is
/// visited with every slug and a spread of filters, and the export verb is run, over a store with a confidential claim
/// and operation, a rejected and a pending claim, a draft and a deleted jurisdiction; none shows, and no count has them.
/// </summary>
public sealed class VisibilityTests(HiddenDirectoryFactory factory) : IClassFixture<HiddenDirectoryFactory>
{
    public static TheoryData<string> Routes() => [.. PublicRoutes.Table.Keys];

    [Fact]
    public async Task Every_public_route_is_in_the_visibility_table()
    {
        await factory.SeededAsync();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => PublicRoutes.Normalize(e.RoutePattern.RawText ?? ""))
            .Where(p => !PublicRoutes.IsStaffOnly(p))
            .ToHashSet(StringComparer.Ordinal);
        using var client = factory.CreateClient();
        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var documented = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => PublicRoutes.Normalize(p.Name)).ToList();

        Assert.Equal(PublicRoutes.Table.Keys.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
        Assert.NotEmpty(documented);
        Assert.All(documented, path => Assert.Contains(path, PublicRoutes.Table.Keys));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task No_public_route_shows_a_hidden_claim_operation_or_jurisdiction(string pattern)
    {
        var directory = await factory.SeededAsync();
        using var client = factory.CreateClient();
        var answered = 0;
        foreach (var url in PublicRoutes.Table[pattern](directory))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound || url.StartsWith("/error", StringComparison.Ordinal), $"{url} answered {(int)response.StatusCode}: {body}");
            // An error page answers with its own status; it counts as checked when it has a body to check.
            answered += response.StatusCode == HttpStatusCode.OK || (url.StartsWith("/error", StringComparison.Ordinal) && body.Length > 0) ? 1 : 0;
            await Leaks.AssertNoneAsync(directory, url, response.Content.Headers.ContentType?.MediaType ?? "", body);
        }

        Assert.True(answered > 0, $"no address of {pattern} answered with a page, so nothing was checked");
    }

    [Fact]
    public async Task Hidden_jurisdictions_are_not_found_by_their_slug()
    {
        var directory = await factory.SeededAsync();
        using var client = factory.CreateClient();
        foreach (var slug in directory.HiddenSlugs)
        {
            foreach (var url in new[] { $"/jurisdictions/{slug}", $"/api/jurisdictions/{slug}" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task The_public_data_beside_the_hidden_shows_so_the_table_is_looking_at_something()
    {
        var directory = await factory.SeededAsync();
        using var client = factory.CreateClient();

        var profile = await client.GetStringAsync(new Uri($"/jurisdictions/{directory.Open}", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/api/jurisdictions?state=MA", UriKind.Relative));

        Assert.Contains("Officers ran a reverse sting in 2021.", profile, StringComparison.Ordinal);
        Assert.Contains("Officers arrested four buyers in a hotel sting.", profile, StringComparison.Ordinal);
        Assert.Contains("Sting nets four buyers", profile, StringComparison.Ordinal);
        Assert.Contains(directory.OpenName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_totals_count_public_places_and_confidential_items_but_never_drafts_deleted_rejected_or_pending()
    {
        var directory = await factory.SeededAsync();
        using var client = factory.CreateClient();

        var tactics = await GetJsonAsync(client, "/api/tactics");
        var places = await GetJsonAsync(client, "/api/jurisdictions");
        var operations = await GetJsonAsync(client, "/api/operations");
        var hiddenYear = await GetJsonAsync(client, $"/api/operations?from={HiddenDirectory.HiddenYear}&to={HiddenDirectory.HiddenYear}");
        var index = await factory.WithDbAsync(DirectoryIndexes.BuildAsync);

        var byTactic = tactics.EnumerateArray().ToDictionary(t => t.GetProperty("slug").GetString()!);
        foreach (var (slug, count) in HiddenDirectory.PlacesByTactic)
        {
            Assert.True(count == byTactic[slug].GetProperty("jurisdictions").GetInt32(), $"{slug} is used by {byTactic[slug].GetProperty("jurisdictions")} places, not {count}");
        }

        // Operations count under a tactic as their claims do: a confidential claim's tactic counts, a rejected or pending one does not.
        Assert.Equal(2, byTactic["it-based-tactics"].GetProperty("operations").GetInt32());
        Assert.All(["john-school", "auto-seizure", "identity-disclosure", "license-suspension"], slug => Assert.Equal(0, byTactic[slug].GetProperty("operations").GetInt32()));
        Assert.Equal(HiddenDirectory.PublicPlaces, places.GetProperty("total").GetInt32());
        Assert.Equal(HiddenDirectory.ShownOperations, operations.GetProperty("total").GetInt32());
        Assert.Equal(0, hiddenYear.GetProperty("total").GetInt32());

        Assert.Equal(HiddenDirectory.PublicPlaces, index.Totals.Jurisdictions);
        Assert.Equal(HiddenDirectory.PublicStates, index.Totals.States);
        Assert.Equal(HiddenDirectory.CountedOperations, index.Totals.Operations);
        Assert.Equal(HiddenDirectory.CountedArrests, index.Totals.Arrests);
        Assert.Equal(["MA", "NY"], index.States.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Equal(directory.PublicSlugs.Order(StringComparer.Ordinal), index.Places.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(index.YearTotals(index.All), y => y.Year == HiddenDirectory.HiddenYear);
        Assert.All(index.YearsByTactic.SelectMany(y => y), y => Assert.NotEqual(HiddenDirectory.HiddenYear, y.Year));
    }

    [Fact]
    public async Task The_export_verb_shows_nothing_hidden_in_json_or_csv()
    {
        using var runner = new VerbRunner();
        TemplateStore.CopyTo(runner.DatabasePath);
        HiddenDirectory directory;
        await using (var db = DataServices.OpenFile(runner.DatabasePath))
        {
            directory = await HiddenDirectory.SeedAsync(db);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(runner.Folder, "atlas.json");

        var (jsonExit, _, jsonError) = await runner.RunAsync("export", "--format", "json", "--out", file);
        var (csvExit, csv, csvError) = await runner.RunAsync("export", "--format", "csv");

        Assert.True(jsonExit == 0, jsonError);
        Assert.True(csvExit == 0, csvError);
        var json = await File.ReadAllTextAsync(file);
        await Leaks.AssertNoneAsync(directory, "export --format json", "application/json", json);
        await Leaks.AssertNoneAsync(directory, "export --format csv", "text/csv", csv);
        using var exported = JsonDocument.Parse(json);
        Assert.Equal(directory.PublicSlugs.Order(StringComparer.Ordinal), exported.RootElement.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetProperty("slug").GetString()));
        Assert.Equal(directory.PublicSlugs.Order(StringComparer.Ordinal), CsvText.Read(csv).Skip(1).Select(row => row[0]));
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement;
}
