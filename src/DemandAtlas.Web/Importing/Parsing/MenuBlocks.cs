using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// The `Tactics Used` block, judged by what it names: its items after alias resolution, as a set (case, order and
/// spelling of the captured page do not matter), against the catalog. Captured pages carry the site's menu there
/// whatever the place did: the 15 tactics, the 13 without Cameras and Letters, the old 9-item list, the 9 with Buyer
/// Arrests, a 12-item legacy list with "Shaming" (in several versions), in any order and letter case, as lines or as
/// a table. Naming every variant would miss the next one, so any block of more than <see cref="MaxOwnList"/> tactics
/// is a menu too: no place's own record lists most of the catalog, and on every real page checked the long block was
/// the menu. A menu is recorded and warned about but is not evidence. Only a short block is plausibly one place's own
/// list, and then it is the weakest evidence there is, of kind `listed`.
/// </summary>
public static class MenuBlocks
{
    /// <summary>The most tactics a block may name and still be read as one place's own list.</summary>
    public const int MaxOwnList = 6;

    private static readonly string[] Fifteen = [.. TacticCatalog.All.Select(e => e.Slug)];

    private static readonly string[] OldNine =
    [
        "reverse-stings", "auto-seizure", "community-service", "public-education", "neighborhood-action",
        "soap-orders", "john-school", "web-stings", "license-suspension",
    ];

    /// <summary>The menus seen so far, named for the warning; any other long block is a menu as well.</summary>
    public static readonly IReadOnlyList<(string Name, IReadOnlySet<string> Slugs)> Menus =
    [
        ("the 15-tactic menu", Fifteen.ToHashSet(StringComparer.Ordinal)),
        ("the 13-tactic menu without Cameras and Letters", Fifteen.Where(s => s is not "cameras" and not "letters").ToHashSet(StringComparer.Ordinal)),
        ("the old 9-item menu", OldNine.ToHashSet(StringComparer.Ordinal)),
        ("the old 9-item menu with Buyer Arrests", OldNine.Append("buyer-arrests").ToHashSet(StringComparer.Ordinal)),
    ];

    /// <summary>A block item is a short name, not a sentence; one line may hold several, separated by commas or semicolons.</summary>
    public static bool LooksLikeItem(string trimmed) =>
        !trimmed.EndsWith('.') && (IsName(trimmed) || (trimmed.AsSpan().IndexOfAny(',', ';') >= 0 && Split(trimmed).All(IsName)));

    private static bool IsName(string text) => text.Length <= 60 && text.Count(c => c == ' ') < 7;

    private static string[] Split(string line) =>
        line.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What kind of menu a set of tactics is, or null when it is short enough to be a place's own list.</summary>
    public static string? MenuKind(IReadOnlyCollection<string> slugs) =>
        Menus.FirstOrDefault(m => m.Slugs.SetEquals(slugs)).Name
        ?? (slugs.Count > MaxOwnList ? $"a list of {slugs.Count} of the {Fifteen.Length} tactics, longer than a place's own record" : null);

    public static bool IsMenu(IReadOnlyCollection<string> slugs) => MenuKind(slugs) is not null;

    internal static void Read(List<(string Text, int Line)> items, TacticLexicon lexicon, ParsedProfile profile, ParseTrace? trace)
    {
        var firstLine = items.Count > 0 ? items[0].Line : (int?)null;
        var resolved = new List<(string Slug, string Text, int Line)>();
        var unknown = new List<(string Name, int Line)>();
        foreach (var (name, line) in items.SelectMany(i => Split(i.Text.TrimStart('•', '-', '*', '◦', ' ')).Select(n => (Name: n.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? n[4..] : n, i.Line))))
        {
            if ((lexicon.Resolve(name) ?? lexicon.FindLongestIn(name)) is { } slug)
            {
                resolved.Add((slug, name, line));
            }
            else
            {
                unknown.Add((name, line));
            }
        }

        var slugs = resolved.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        if (MenuKind(slugs) is { } menu)
        {
            profile.HadMenuTacticsBlock = true;
            profile.Warn(firstLine, WarningCodes.MenuTacticsBlock,
                $"the Tactics Used block is {menu} ({slugs.Count} tactics), the site's menu, not this jurisdiction's record; no tactic was claimed from it");
            foreach (var (_, text, line) in resolved)
            {
                trace?.Ignored(line, "menu", $"\"{text}\": an item of the site's menu ({menu}), not evidence");
            }

            foreach (var (name, line) in unknown)
            {
                trace?.Ignored(line, "menu", $"\"{name}\": part of the site's menu, and a name the directory does not know");
            }

            return;
        }

        foreach (var (name, line) in unknown)
        {
            profile.Warn(line, WarningCodes.UnknownTactic, $"unknown tactic \"{ProfileParser.Shorten(name)}\" in Tactics Used");
            trace?.Ignored(line, "menu", $"\"{name}\" names no tactic the directory knows");
        }

        foreach (var (slug, text, line) in resolved)
        {
            profile.Tactics.Add(new TacticFinding(slug, EvidenceKind.Listed, text, line));
            trace?.Took(line, "listed", $"{slug} (listed, the weakest evidence): a short block of {slugs.Count}, plausibly this place's own list");
        }
    }
}
