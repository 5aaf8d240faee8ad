using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Key Sources: headings ending in `:` that name tactics (old and variant names welcome; the longest alias
/// wins) or background, each followed by citation lines. A tactic heading is evidence of kind `source-heading`.
/// </summary>
public static partial class SourceGroups
{
    internal static void Read(List<(string Text, int Line)> lines, TacticLexicon lexicon, ParsedProfile profile)
    {
        string? category = null;
        var categoryLine = 0;
        List<string> tactics = [];
        List<ParsedCitation> items = [];
        var lastLine = -1;

        void Close()
        {
            if (category is not null)
            {
                profile.Sources.Add(new ParsedSource(category, tactics, items, categoryLine));
            }
        }

        foreach (var (text, line) in lines)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (text.EndsWith(':') && !CitationParser.IsBareUrl(text))
            {
                Close();
                category = ProfileText.Squash(text.TrimStart('•', '-', '*', ' ')[..^1]);
                categoryLine = line;
                tactics = HeadingTactics(category, line, lexicon, profile);
                items = [];
                lastLine = line;
                continue;
            }

            if (category is null)
            {
                category = "Sources";
                categoryLine = line;
                tactics = [];
                items = [];
            }

            // A URL on the line after a headline belongs to that headline.
            if (CitationParser.IsBareUrl(text) && items.Count > 0 && items[^1] is { Url: null } previous && lastLine == line - 1)
            {
                items[^1] = previous with { Url = CitationParser.Parse(text, line)!.Url };
            }
            else
            {
                items.AddRange(CitationParser.ParseAll(text, line));
            }

            lastLine = line;
        }

        Close();
    }

    /// <summary>The tactics a heading names; "Background on …" names none; unknown names are warned about.</summary>
    public static List<string> HeadingTactics(string heading, int line, TacticLexicon lexicon, ParsedProfile? profile)
    {
        var found = new List<string>();
        if (heading.StartsWith("background", StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        if (lexicon.Resolve(heading) is { } whole)
        {
            found.Add(whole);
        }
        else
        {
            foreach (var part in Separators().Split(heading).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if ((lexicon.Resolve(part) ?? lexicon.FindLongestIn(part)) is { } slug)
                {
                    if (!found.Contains(slug))
                    {
                        found.Add(slug);
                    }
                }
                else
                {
                    profile?.Warn(line, WarningCodes.UnknownTactic, $"unknown tactic \"{ProfileParser.Shorten(part)}\" in the Key Sources heading \"{ProfileParser.Shorten(heading)}\"");
                }
            }
        }

        foreach (var slug in found)
        {
            profile?.Tactics.Add(new TacticFinding(slug, EvidenceKind.SourceHeading, heading, line));
        }

        return found;
    }

    [GeneratedRegex(@"\s*(?:[,;/&+]|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
