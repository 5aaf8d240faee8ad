using System.Text.Json;

namespace DemandAtlas.Tests.Importing.Corpus;

public sealed record ExpectedOperation(int Year, int? Month, int? Arrests);

public sealed record ExpectedPartner(string Name, string? Parent);

public sealed record ExpectedSource(string Heading, IReadOnlySet<string> Tactics, int Citations);

/// <summary>
/// What a careful reader finds in one corpus document (see README.md beside the documents): written from the text
/// alone, never from what the importer does.
/// </summary>
public sealed record CorpusFacts(
    string File,
    bool Fails,
    string? Name,
    string? State,
    string? Type,
    int? Population,
    (double Latitude, double Longitude)? Location,
    bool Menu,
    IReadOnlyDictionary<string, string> Tactics,
    IReadOnlyDictionary<string, string> NotSupported,
    IReadOnlyList<ExpectedOperation> Operations,
    IReadOnlyList<ExpectedPartner> Partners,
    IReadOnlyList<ExpectedSource> Sources,
    IReadOnlyList<string> Varieties)
{
    /// <summary>The corpus folder in the source tree, found from the test binary's folder.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "DemandAtlas.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "DemandAtlas.Tests", "Importing", "Corpus");
                }
            }

            throw new DirectoryNotFoundException("the corpus folder was not found above the test binaries");
        }
    }

    /// <summary>Every document with its facts, in file order.</summary>
    public static List<(string Document, CorpusFacts Facts)> LoadAll() =>
        [.. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(document => (document, Read(Path.ChangeExtension(document, ".facts.json"), Path.GetFileName(document))))];

    public static CorpusFacts Read(string path, string file)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = json.RootElement;
        var fails = root.TryGetProperty("fails", out var f) && f.GetBoolean();
        return new CorpusFacts(
            file,
            fails,
            Text(root, "name"),
            Text(root, "state"),
            Text(root, "type"),
            root.TryGetProperty("population", out var population) && population.ValueKind == JsonValueKind.Number ? population.GetInt32() : null,
            root.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Array
                ? (location[0].GetDouble(), location[1].GetDouble())
                : null,
            root.TryGetProperty("menu", out var menu) && menu.GetBoolean(),
            Map(root, "tactics", v => v.GetProperty("strength").GetString()!),
            Map(root, "notSupported", v => v.GetString()!),
            [.. Items(root, "operations").Select(o => new ExpectedOperation(o.GetProperty("year").GetInt32(), Number(o, "month"), Number(o, "arrests")))],
            [.. Items(root, "partners").Select(p => p.ValueKind == JsonValueKind.String
                ? new ExpectedPartner(p.GetString()!, null)
                : new ExpectedPartner(p.GetProperty("name").GetString()!, p.GetProperty("parent").GetString()))],
            [.. Items(root, "sources").Select(s => new ExpectedSource(
                s.GetProperty("heading").GetString()!,
                s.GetProperty("tactics").EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal),
                s.GetProperty("citations").GetInt32()))],
            [.. Items(root, "varieties").Select(v => v.GetString()!)]);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static List<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static Dictionary<string, string> Map(JsonElement root, string name, Func<JsonElement, string> read) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => read(p.Value), StringComparer.Ordinal)
            : [];
}
