using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// The `Tactics Used` block. Captured pages usually carry the site's menu there (all 15 tactics, the 13
/// without Cameras and Letters, or an older 9-item list) whatever the place did, so a block equal to one of
/// those menus, compared as a set, is recorded and warned about but is not evidence. Anything else is a
/// genuine list: evidence of kind `listed`.
/// </summary>
public static class MenuBlocks
{
    private static readonly string[] Fifteen = [.. TacticCatalog.All.Select(e => e.Slug)];

    public static readonly IReadOnlyList<IReadOnlySet<string>> Menus =
    [
        Fifteen.ToHashSet(StringComparer.Ordinal),
        Fifteen.Where(s => s is not "cameras" and not "letters").ToHashSet(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal)
        {
            "reverse-stings", "auto-seizure", "community-service", "public-education", "neighborhood-action",
            "soap-orders", "john-school", "web-stings", "license-suspension",
        },
    ];

    /// <summary>A block item is a short name, not a sentence; one line may hold several, separated by commas or semicolons.</summary>
    public static bool LooksLikeItem(string trimmed) =>
        !trimmed.EndsWith('.') && (IsName(trimmed) || (trimmed.AsSpan().IndexOfAny(',', ';') >= 0 && Split(trimmed).All(IsName)));

    private static bool IsName(string text) => text.Length <= 60 && text.Count(c => c == ' ') < 7;

    private static string[] Split(string line) =>
        line.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsMenu(IReadOnlyCollection<string> slugs) =>
        Menus.Any(menu => menu.SetEquals(slugs));

    internal static void Read(List<(string Text, int Line)> items, TacticLexicon lexicon, ParsedProfile profile)
    {
        var firstLine = items.Count > 0 ? items[0].Line : (int?)null;
        var resolved = new List<(string Slug, string Text, int Line)>();
        var unknown = 0;
        foreach (var (name, line) in items.SelectMany(i => Split(i.Text.TrimStart('•', '-', '*', '◦', ' ')).Select(n => (Name: n.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? n[4..] : n, i.Line))))
        {
            if ((lexicon.Resolve(name) ?? lexicon.FindLongestIn(name)) is { } slug)
            {
                resolved.Add((slug, name, line));
            }
            else
            {
                unknown++;
                profile.Warn(line, WarningCodes.UnknownTactic, $"unknown tactic \"{ProfileParser.Shorten(name)}\" in Tactics Used");
            }
        }

        var slugs = resolved.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        if (unknown == 0 && IsMenu(slugs))
        {
            profile.HadMenuTacticsBlock = true;
            profile.Warn(firstLine, WarningCodes.MenuTacticsBlock,
                $"the Tactics Used block is the site menu ({slugs.Count} tactics), not this jurisdiction's record; no tactic was claimed from it");
            return;
        }

        foreach (var (slug, text, line) in resolved)
        {
            profile.Tactics.Add(new TacticFinding(slug, EvidenceKind.Listed, text, line));
        }
    }
}
