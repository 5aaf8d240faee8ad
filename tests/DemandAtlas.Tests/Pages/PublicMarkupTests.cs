using System.Net;
using System.Text.Json;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Pages;

/// <summary>
/// Every kind of public page, with data that fills its map, charts and tables, is valid HTML to the Nu Html Checker
/// (vnu.jar) and says what it is in a meta description.
/// </summary>
public sealed class PublicMarkupTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private async Task<IReadOnlyList<(string Url, HttpStatusCode Status)>> SeedAsync()
    {
        var partner = "Valtown Police Department";
        var city = new JurisdictionBuilder("Valtown").At(42.26, -71.61).InCounty("Worcester County")
            .WithTactic("web-stings").WithTactic("reverse-stings").WithTactic("identity-disclosure").WithPartner(partner)
            .WithOperation(2019, 3, 5, ["web-stings"], [partner], summary: "Officers answered ads & arrested five men.")
            .WithOperation(2020, 6, 4, ["reverse-stings", "identity-disclosure"])
            .WithOperation(2022, null, 2, ["web-stings"]);
        var county = new JurisdictionBuilder("Polk", "FL", "Florida").OfType(JurisdictionType.County).WithTactic("john-school")
            .WithOperation(2021, 1, 12, ["reverse-stings"]);
        var state = new JurisdictionBuilder("Vermont", "VT", "Vermont").OfType(JurisdictionType.State).WithTactic("letters");
        var unplaced = new JurisdictionBuilder("Nowhere <Falls>").WithTactic("web-stings");
        await factory.SaveAsync(city);
        // Real names, so the gazetteer finds the county's and the state's outlines.
        await factory.SaveAsync(county, (j, _) => j.Name = "Polk County");
        await factory.SaveAsync(state, (j, _) => j.Name = "Vermont");
        await factory.SaveAsync(unplaced);

        return
        [
            ("/", HttpStatusCode.OK),
            ("/jurisdictions", HttpStatusCode.OK),
            ("/jurisdictions?tactic=web-stings&tactic=reverse-stings&match=all&state=ma&sort=-population", HttpStatusCode.OK),
            ("/jurisdictions?state=zz&minPop=lots", HttpStatusCode.BadRequest),
            ($"/jurisdictions/{city.Slug}", HttpStatusCode.OK),
            ($"/jurisdictions/{county.Slug}", HttpStatusCode.OK),
            ("/tactics", HttpStatusCode.OK),
            ("/tactics/web-stings", HttpStatusCode.OK),
            ("/states", HttpStatusCode.OK),
            ("/states/ma", HttpStatusCode.OK),
            ($"/partners/{Slugs.From(partner)}", HttpStatusCode.OK),
            ("/api", HttpStatusCode.OK),
            ("/no-such-page", HttpStatusCode.NotFound),
        ];
    }

    [SkippableFact]
    public async Task Every_public_page_passes_the_Nu_Html_Checker_and_has_a_meta_description()
    {
        var java = ExternalTools.Require("java", "apt-get install default-jre-headless");
        var jar = await VnuJarAsync();
        var pages = await SeedAsync();
        var client = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("demandatlas-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (url, status) in pages)
            {
                var (response, document) = await client.GetPageAsync(url);
                Assert.True(response.StatusCode == status, $"{url}: {response.StatusCode}");
                var description = document.QuerySelector("head meta[name=description]")?.GetAttribute("content");
                Assert.False(string.IsNullOrWhiteSpace(description), $"{url} has no meta description");
                var file = Path.Combine(folder, $"page-{files.Count:00}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[file] = url;
            }

            var (_, _, report) = await ExternalProcess.RunAsync(java, ["-jar", jar, "--format", "json", "--exit-zero-always", .. files.Keys], folder);

            var errors = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{(m.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var page) ? files.GetValueOrDefault(page.LocalPath, page.LocalPath) : "?")} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join("\n", errors)}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The checker's jar from the npm package `vnu-jar`, installed globally.</summary>
    private static async Task<string> VnuJarAsync()
    {
        var npm = ExternalTools.Require("npm", "apt-get install npm");
        var (exit, root, _) = await ExternalProcess.RunAsync(npm, ["root", "-g"]);
        var jar = Path.Combine(root.Trim(), "vnu-jar", "build", "dist", "vnu.jar");
        if (exit != 0 || !File.Exists(jar))
        {
            ExternalTools.Unavailable("the Nu Html Checker is not installed; npm install -g vnu-jar");
        }

        return jar;
    }
}
