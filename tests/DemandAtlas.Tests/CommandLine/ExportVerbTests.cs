using System.Text.Json;
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
    public async Task Export_csv_has_one_quoted_row_per_jurisdiction_with_tactics_joined_by_semicolons()
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
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("slug,name,state_code,state_name,type,county,population,latitude,longitude,tactics,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("commaville-me,Commaville,ME,Maine,Town,,,,,buyer-arrests;reverse-stings,0,0,police-quote-unit-north,", lines[1], StringComparison.Ordinal);
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
