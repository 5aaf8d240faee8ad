using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// The county ("… in Worcester County, Massachusetts") and the neighbours a profile names ("Some other cities in
/// Worcester County that have worked to address demand include Auburn, Fitchburg, … and Worcester.").
/// </summary>
public static partial class NeighbourExtractor
{
    public static string? FindCounty(IEnumerable<NarrativeParagraph> paragraphs, string stateName)
    {
        string? fallback = null;
        foreach (var paragraph in paragraphs)
        {
            foreach (Match match in County().Matches(paragraph.Text))
            {
                var county = match.Groups["county"].Value;
                if (match.Groups["state"].Success && match.Groups["state"].Value.Equals(stateName, StringComparison.OrdinalIgnoreCase))
                {
                    return county;
                }

                fallback ??= county;
            }
        }

        return fallback;
    }

    internal static void Find(IEnumerable<NarrativeParagraph> paragraphs, ParsedProfile profile, ParseTrace? trace)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in paragraphs)
        {
            foreach (var (sentence, line) in paragraph.Sentences())
            {
                if (NeighbourList().Match(sentence) is not { Success: true } match)
                {
                    continue;
                }

                foreach (var name in Names(match.Groups["list"].Value))
                {
                    if (!name.Equals(profile.Name, StringComparison.OrdinalIgnoreCase) && seen.Add(name))
                    {
                        profile.Neighbours.Add(new ParsedNeighbour(name, line));
                        trace?.Took(line, "neighbours", $"neighbour {name}");
                    }
                }
            }
        }
    }

    /// <summary>"Auburn, Fitchburg, and Worcester." → Auburn, Fitchburg, Worcester (capitalised names only).</summary>
    public static IEnumerable<string> Names(string list) =>
        ListSeparator().Split(list.TrimEnd('.', ' '))
            .Select(n => ProfileText.Squash(n).Trim('"', '\'', ' '))
            .Select(n => n.StartsWith("the city of ", StringComparison.OrdinalIgnoreCase) ? n[12..] : n)
            .Where(n => n.Length is > 1 and <= 60 && char.IsUpper(n[0]) && n.Count(c => c == ' ') < 5);

    [GeneratedRegex(@"\b[Ii]n (?:the )?(?<county>(?:[A-Z][\w'.-]*\s){1,3}(?:County|Parish))\b(?:,\s*(?<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?")]
    private static partial Regex County();

    [GeneratedRegex(@"\b(?:other|nearby|neighbou?ring|surrounding|area)\b[^.]{0,80}?\b(?:cities|towns|communities|municipalities|jurisdictions|counties|places)\b[^.]*?\b(?:include|includes|including|are)\b:?\s+(?<list>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourList();

    [GeneratedRegex(@"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*;\s*|\s+&\s+")]
    private static partial Regex ListSeparator();
}
