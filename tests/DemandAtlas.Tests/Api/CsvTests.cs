using System.Net;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Pages;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Api;

public sealed class CsvTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, List<string[]> Rows)> GetCsvAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, CsvText.Read(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_jurisdiction_csv_parses_has_a_header_and_respects_the_filters()
    {
        var tag = SiteData.Unique("Csv");
        var quoted = new JurisdictionBuilder($"Comma, \"Quoted\" {tag}").WithTactic("letters").WithTactic("cameras").InCounty("Line\nBreak County");
        var other = new JurisdictionBuilder($"Other{tag}").WithTactic("john-school");
        await factory.SaveAsync(quoted);
        await factory.SaveAsync(other);

        var (response, rows) = await GetCsvAsync($"/jurisdictions.csv?tactic=letters&q={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("jurisdictions.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["slug", "name", "state", "state_name", "type", "county", "population", "tactics", "updated_at", "url"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(quoted.Name, row[1]);
        Assert.Equal("Line\nBreak County", row[5]);
        Assert.Equal("Cameras; Letters", row[7]);
        Assert.EndsWith($"/jurisdictions/{quoted.Slug}", row[9], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_prefixed_so_they_stay_text()
    {
        var tag = SiteData.Unique("Formula");
        var place = new JurisdictionBuilder($"Formula{tag}").InCounty("=HYPERLINK(\"http://evil.example\")")
            .WithOperation(2020, 1, 2, ["web-stings"], summary: $"+1 {tag}");
        await factory.SaveAsync(place);

        var (_, jurisdictions) = await GetCsvAsync($"/jurisdictions.csv?q={tag}");
        var (_, operations) = await GetCsvAsync($"/operations.csv?q={tag}");

        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", jurisdictions[1][5]);
        Assert.Equal($"'+1 {tag}", operations[1][^1]);
    }

    [Fact]
    public async Task A_place_named_like_a_formula_is_text_in_both_downloads()
    {
        var tag = SiteData.Unique("Hyperlink");
        var evil = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
        // The name a document titled `=HYPERLINK("http://evil.example/x","click"), TX` gets; q finds it by its tag.
        await factory.SaveAsync(new JurisdictionBuilder(tag).InCounty(tag).WithTactic("letters").WithOperation(2021, 2, 4, ["letters"]), (j, _) => j.Name = evil);

        var (_, jurisdictions) = await GetCsvAsync($"/jurisdictions.csv?tactic=letters&q={tag}");
        var (_, operations) = await GetCsvAsync($"/operations.csv?tactic=letters&q={tag}");

        Assert.Equal("'" + evil, Assert.Single(jurisdictions.Skip(1))[1]);
        Assert.Equal("'" + evil, Assert.Single(operations.Skip(1))[4]);
    }

    [Fact]
    public async Task The_operations_csv_lists_public_operations_matching_the_filters()
    {
        var tag = SiteData.Unique("OpsCsv");
        var place = new JurisdictionBuilder($"Ops{tag}").WithPartner("Csv Test Police")
            .WithOperation(2018, 3, 7, ["reverse-stings"], ["Csv Test Police"], day: 2, summary: "Seven arrested.")
            .WithOperation(2019, 4, 1, ["web-stings"], summary: "Web sting.")
            .WithOperation(2020, 5, 9, ["reverse-stings"], summary: "Hidden one.");
        await factory.SaveAsync(place, (j, _) => j.Operations.Single(o => o.Year == 2020).IsConfidential = true);

        var (response, rows) = await GetCsvAsync($"/operations.csv?tactic=reverse-stings&q={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["date", "year", "month", "day", "jurisdiction", "jurisdiction_slug", "state", "arrests", "tactics", "partners", "summary"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(["2018-03-02", "2018", "3", "2", place.Name, place.Slug, "MA", "7", "Reverse Stings", "Csv Test Police", "Seven arrested."], row);
    }

    [Fact]
    public async Task An_invalid_filter_on_a_csv_is_a_400_problem()
    {
        var response = await client.GetAsync(new Uri("/jurisdictions.csv?tactic=bogus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
