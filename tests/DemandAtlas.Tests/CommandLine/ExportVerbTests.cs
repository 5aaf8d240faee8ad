using System.Text.Json;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Importing;

namespace DemandAtlas.Tests.CommandLine;

public sealed class ExportVerbTests
{
    [Fact]
    public async Task Export_json_has_jurisdictions_tactics_and_partners()
    {
        using var runner = new VerbRunner();
        await runner.RunAsync("import", Seeds.PathOf(Seeds.Westborough));
        var file = Path.Combine(runner.Folder, "out", "atlas.json");

        var (exit, _, _) = await runner.RunAsync("export", "--out", file);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        Assert.Equal(["jurisdictions", "tactics", "partners"], root.EnumerateObject().Select(p => p.Name));
        var westborough = Assert.Single(root.GetProperty("jurisdictions").EnumerateArray().ToList());
        Assert.Equal("westborough-ma", westborough.GetProperty("slug").GetString());
        Assert.Equal(
            ["buyer-arrests", "identity-disclosure", "reverse-stings", "web-stings"],
            westborough.GetProperty("tactics").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["2017-01", "2023-02"], westborough.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("date").GetString()));
        Assert.Equal(15, root.GetProperty("tactics").GetArrayLength());
        Assert.Equal(6, root.GetProperty("partners").GetArrayLength());
    }

    [Fact]
    public async Task Export_csv_has_one_row_per_jurisdiction_with_the_sites_column_names_and_lists_joined_by_semicolons()
    {
        using var runner = new VerbRunner();
        var doc = runner.Write("q.txt", Profiles.Document(
            title: "Commaville, ME",
            narrative: ["Officers ran a reverse sting and arrested 3 men for soliciting."],
            partners: ["• Police \"Quote\" Unit, North"],
            metadata: ["State Maine", "Type Town"]));
        await runner.RunAsync("import", doc);

        var (exit, output, _) = await runner.RunAsync("export", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.EndsWith("\r\n", output, StringComparison.Ordinal);
        var rows = CsvText.Read(output);
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["slug", "name", "state", "state_name", "type", "county", "population", "tactics", "updated_at",
             "latitude", "longitude", "operations", "arrests", "partners", "related_jurisdictions", "source_file"],
            rows[0]);
        Assert.Equal(["commaville-me", "Commaville", "ME", "Maine", "Town", "", "", "Buyer Arrests; Reverse Stings"], rows[1][..8]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", rows[1][8]);
        Assert.Equal(["", "", "0", "0", "Police \"Quote\" Unit, North", "", "q.txt"], rows[1][9..]);
    }

    [Fact]
    public async Task Export_csv_writes_a_title_that_looks_like_a_formula_as_text()
    {
        using var runner = new VerbRunner();
        var doc = runner.Write("evil.txt", Profiles.Document(
            title: "=HYPERLINK(\"http://evil.example/x\",\"click\"), TX",
            narrative: ["Officers ran a reverse sting and arrested 3 men for soliciting."]));
        await runner.RunAsync("import", doc);

        var (exit, output, _) = await runner.RunAsync("export", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",TX,", output, StringComparison.Ordinal);
        var row = CsvText.Read(output)[1];
        Assert.Equal("'=HYPERLINK(\"http://evil.example/x\",\"click\")", row[1]);
        Assert.All(row, cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"live formula: {cell}"));
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        using var runner = new VerbRunner();

        var (exit, _, error) = await runner.RunAsync("export", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("usage: export", error, StringComparison.Ordinal);
    }
}
