using System.Text.Json;
using AngleSharp.Dom;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Domain;

/// <summary>
/// What "shows a hidden thing" means for one response: any marker of <see cref="HiddenDirectory"/> anywhere in it
/// (any letter case), or one of Openfield's hidden tactics named beside Openfield — in the HTML row, list item or map
/// mark that links to it, in a JSON object that names it, in a CSV record that names it, or anywhere on its profile.
/// </summary>
internal static class Leaks
{
    public static async Task AssertNoneAsync(HiddenDirectory directory, string what, string mediaType, string body)
    {
        foreach (var (kind, marker) in directory.Markers)
        {
            var at = body.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            Assert.True(at < 0, $"{what} shows the {kind}: …{body[Math.Max(0, at - 80)..Math.Min(body.Length, at + 80)]}…");
        }

        var beside = mediaType switch
        {
            "text/html" => await InHtmlAsync(directory, what, body),
            "application/json" or "application/problem+json" => InJson(directory, JsonDocument.Parse(body).RootElement),
            "text/csv" => InCsv(directory, body),
            _ => [],
        };
        foreach (var text in beside)
        {
            foreach (var (slug, name) in directory.HiddenTacticsOfOpen)
            {
                Assert.False(
                    text.Contains(name, StringComparison.Ordinal) || text.Contains($"/tactics/{slug}", StringComparison.Ordinal) || text == slug,
                    $"{what} names {directory.OpenName}'s hidden tactic {slug} with it: {text}");
            }
        }
    }

    /// <summary>Text and links near each link to Openfield's profile; its whole profile page.</summary>
    private static async Task<IEnumerable<string>> InHtmlAsync(HiddenDirectory directory, string what, string body)
    {
        var document = await Html.ParseAsync(body);
        var profile = $"/jurisdictions/{directory.Open}";
        var near = document.QuerySelectorAll("a[href]")
            .Where(a => a.GetAttribute("href")!.Split('?', '#')[0] == profile)
            .Select(a => a.Closest("tr, li") ?? a);
        if (what.Split('?')[0] == profile)
        {
            near = near.Append(document.QuerySelector("main")!);
        }

        return near.SelectMany(Described);
    }

    private static IEnumerable<string> Described(IElement element) =>
        element.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Append(element.TextContent);

    /// <summary>Every string under each JSON object that names Openfield (its slug, or a reference whose slug it is).</summary>
    private static IEnumerable<string> InJson(HiddenDirectory directory, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().ToList();
                var names = properties.Any(p => IsOpen(directory, p.Value)
                    || (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("slug", out var slug) && IsOpen(directory, slug)));
                return names ? Strings(element) : properties.SelectMany(p => InJson(directory, p.Value));
            case JsonValueKind.Array:
                return element.EnumerateArray().SelectMany(e => InJson(directory, e));
            default:
                return [];
        }
    }

    private static bool IsOpen(HiddenDirectory directory, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() == directory.Open;

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>Every cell of each record that names Openfield (by slug, name or profile address).</summary>
    private static IEnumerable<string> InCsv(HiddenDirectory directory, string body) =>
        CsvText.Read(body)
            .Where(row => row.Any(cell => cell == directory.Open || cell == directory.OpenName || cell.EndsWith($"/jurisdictions/{directory.Open}", StringComparison.Ordinal)))
            .SelectMany(row => row);
}
