using System.Text;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// The plain-text form staff edit sources in, close to the profile documents' own "Key Sources":
/// a heading line ending in ':' and citation lines starting with '- ', fields split by ' | '
/// (title | outlet | date | url; a bare URL is fine).
/// </summary>
public static class SourcesText
{
    public static string Format(IEnumerable<SourceSnapshot> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources)
        {
            text.Append(source.Category.TrimEnd(':')).Append(":\n");
            foreach (var item in source.Items)
            {
                var parts = new[] { item.Title, item.Outlet, item.Date, item.Url }.Where(p => !string.IsNullOrWhiteSpace(p));
                text.Append("- ").AppendJoin(" | ", parts).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Parses the text; tactic keys (from TacticCatalog.Key of names and aliases) map heading names to slugs.</summary>
    public static List<SourceSnapshot> Parse(string text, IReadOnlyDictionary<string, string> tacticSlugsByKey)
    {
        var sources = new List<SourceSnapshot>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line == "-")
            {
                if (sources.Count == 0)
                {
                    sources.Add(new SourceSnapshot("Sources", [], []));
                }

                sources[^1].Items.Add(ParseItem(line[1..].Trim()));
                continue;
            }

            var category = line.TrimEnd(':').Trim();
            var tactics = category.Split([',', ';', '&', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(part => part.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(TacticCatalog.Key)
                .Where(tacticSlugsByKey.ContainsKey)
                .Select(key => tacticSlugsByKey[key])
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            sources.Add(new SourceSnapshot(category, tactics, []));
        }

        return sources;
    }

    private static SourceItemSnapshot ParseItem(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries).Where(p => p.Length > 0).ToList();
        var url = parts.FirstOrDefault(IsUrl);
        if (url is not null)
        {
            parts.Remove(url);
        }

        return new SourceItemSnapshot(parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), url);
    }

    private static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
