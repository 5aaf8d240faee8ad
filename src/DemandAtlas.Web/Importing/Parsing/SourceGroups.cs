using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Key Sources: group headings that name tactics (old and variant names welcome; the longest alias wins) or
/// background, each followed by citation lines. A heading usually ends in `:`; one without (`Reverse Stings, Vehicle
/// Seizure`, `Background on Human Trafficking`) is taken for a heading only when it is not bulleted, carries no URL or
/// dash-separated outlet, and every part of it is a tactic name (or it starts with "Background"), so a headline like
/// "Fairgrounds Sting Leads to Seven Arrests" stays a citation. Bulleted lines here (`• “Headline”, Outlet, Date`) are
/// citations, never partners. A tactic heading is evidence of kind `source-heading`.
/// </summary>
public static partial class SourceGroups
{
    internal static void Read(List<(string Text, int Line)> lines, TacticLexicon lexicon, ParsedProfile profile, ParseTrace? trace)
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

            if ((text.EndsWith(':') && !CitationParser.IsBareUrl(text)) || IsBareHeading(text, lexicon))
            {
                Close();
                category = ProfileText.Squash(text.TrimStart('•', '-', '*', ' ').TrimEnd(':'));
                categoryLine = line;
                tactics = HeadingTactics(category, line, lexicon, profile);
                items = [];
                lastLine = line;
                trace?.Took(line, "sources", tactics.Count > 0
                    ? $"Key Sources heading naming {string.Join(", ", tactics)} (named, source-heading evidence)"
                    : "Key Sources heading naming no tactic");
                continue;
            }

            if (category is null)
            {
                category = "Sources";
                categoryLine = line;
                tactics = [];
                items = [];
            }

            // A URL on the line after a bare headline belongs to it; after a full `Headline – Outlet – Date` it is a citation of its own.
            if (CitationParser.IsBareUrl(text) && items.Count > 0 && items[^1] is { Url: null, Outlet: null, Date: null, Title: not null } previous && lastLine == line - 1)
            {
                items[^1] = previous with { Url = CitationParser.Parse(text, line)!.Url };
                trace?.Took(line, "sources", "the URL of the citation above");
            }
            else
            {
                var citations = CitationParser.ParseAll(text, line);
                items.AddRange(citations);
                trace?.Took(line, "sources", $"citation under \"{category}\"" + (citations is [{ Title: { } title }, ..] ? $": \"{ProfileParser.Shorten(title)}\"" : ""));
            }

            lastLine = line;
        }

        Close();
    }

    /// <summary>A heading that lost its colon: every comma- or "and"-separated part a tactic name, or "Background on …".</summary>
    private static bool IsBareHeading(string text, TacticLexicon lexicon)
    {
        if (text.Length > 100 || text[0] is '•' or '-' or '*' or '◦' or '"' || text.Contains("://", StringComparison.Ordinal) || Dash().IsMatch(text))
        {
            return false;
        }

        if (text.StartsWith("background", StringComparison.OrdinalIgnoreCase))
        {
            return text.Count(c => c == ' ') < 10;
        }

        var parts = Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => lexicon.Resolve(p) is not null);
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

    // The separators of "Headline – Outlet – Date".
    [GeneratedRegex(@"\s[–—-]{1,2}\s")]
    private static partial Regex Dash();
}
