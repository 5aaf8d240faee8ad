using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Finds which Key Partners a passage mentions: by full name ("Massachusetts State Police"), or by place in a
/// coordinated list before the agency word ("the Northborough, Southborough, Westborough and Shrewsbury police
/// departments" names three partners called "… Police Department"). A state's "State Police" also answers to
/// "State Police" alone.
/// </summary>
public static partial class AgencyMatcher
{
    private static readonly string[] AgencyWords = ["police", "sheriff's", "sheriff", "fire"];

    public static List<string> Match(string passage, IReadOnlyList<ParsedPartner> partners, string stateName)
    {
        var found = new List<string>();
        if (partners.Count == 0)
        {
            return found;
        }

        var lowered = passage.ToLowerInvariant();
        // Each agency word and the list of places right before it, read once for all partners.
        var mentions = Agency().Matches(passage)
            .Select(m => (Agency: m.Groups["agency"].Value.ToLowerInvariant() is "deputies" ? "sheriff" : m.Groups["agency"].Value.ToLowerInvariant(), Places: PlacesBefore(passage[Math.Max(0, m.Index - 200)..m.Index])))
            .ToList();
        foreach (var partner in partners)
        {
            var name = partner.Name.ToLowerInvariant();
            if (ContainsWords(lowered, name) || MatchesByPlace(mentions, partner.Name, stateName))
            {
                found.Add(partner.Name);
            }
        }

        // "Deputies" or "the Sheriff's Office" with no place name can only mean the jurisdiction's own sheriff
        // when it has exactly one sheriff's office partner (sub-units aside) and none was named already.
        if (UnnamedSheriff().IsMatch(passage)
            && partners.Where(p => p.Parent is null && p.Name.Contains("Sheriff", StringComparison.OrdinalIgnoreCase)).ToList() is [var sheriff]
            && !found.Contains(sheriff.Name))
        {
            found.Add(sheriff.Name);
        }

        return found;
    }

    private static bool MatchesByPlace(List<(string Agency, List<string> Places)> mentions, string partnerName, string stateName)
    {
        var words = partnerName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var agencyIndex = Array.FindIndex(words, w => AgencyWords.Contains(w.ToLowerInvariant()));
        if (agencyIndex <= 0)
        {
            return false;
        }

        var place = string.Join(' ', words[..agencyIndex]);
        var agency = words[agencyIndex].ToLowerInvariant().TrimEnd('\'', 's');
        var places = new List<string> { place };
        if (place.EndsWith(" State", StringComparison.Ordinal) && place[..^6].Equals(stateName, StringComparison.OrdinalIgnoreCase))
        {
            places.Add("State");
        }

        return mentions.Any(m => m.Agency.StartsWith(agency, StringComparison.Ordinal)
            && m.Places.Any(l => places.Contains(l, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>The capitalised names of the list that ends right before an agency word.</summary>
    private static List<string> PlacesBefore(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var names = new List<string>();
        var current = new List<string>();
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Length > 0 && char.IsUpper(token[0]))
            {
                current.Insert(0, token);
                continue;
            }

            if (token is "," or "and" or "&")
            {
                if (current.Count > 0)
                {
                    names.Add(string.Join(' ', current));
                    current.Clear();
                }

                continue;
            }

            break;
        }

        if (current.Count > 0)
        {
            names.Add(string.Join(' ', current));
        }

        return names;
    }

    private static bool ContainsWords(string text, string phrase)
    {
        var index = text.IndexOf(phrase, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + phrase.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<agency>police|sheriff'?s?|deputies|fire)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agency();

    // Not after a capitalised word, so "Hampden County deputies" or "the Hampden County Sheriff's Office" never match.
    [GeneratedRegex(@"(?<!(?-i:[A-Z])[\w'.-]*\s)\b(?:sheriff'?s deputies|deputies)\b|\bthe\s+sheriff'?s\s+(?:office|department)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedSheriff();

    [GeneratedRegex(@"[A-Za-z][\w'.-]*|[,&]")]
    private static partial Regex Token();
}
