using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// One Key Sources citation line: a bare URL; `Headline – Outlet – Date` (en dash, em dash or a spaced
/// hyphen); or a headline followed by its URL on the same line (the importer joins a URL on the next line).
/// </summary>
public static partial class CitationParser
{
    public static ParsedCitation? Parse(string line, int number)
    {
        var text = ProfileText.Squash(line.TrimStart('•', '-', '*', '◦', ' '));
        if (text.Length == 0)
        {
            return null;
        }

        string? url = null;
        if (TrailingUrl().Match(text) is { Success: true } found)
        {
            url = found.Groups["url"].Value.TrimEnd('.', ',', ';', ')');
            text = found.Groups["rest"].Value.Trim().TrimEnd('-', '–', '—', ':', ',', ' ');
        }

        if (text.Length == 0)
        {
            return new ParsedCitation(null, null, null, url, number);
        }

        if (QuotedHeadline(text, url, number) is { } quoted)
        {
            return quoted;
        }

        var parts = Dash().Split(text).Select(p => p.Trim().Trim('"')).Where(p => p.Length > 0).ToList();
        string? date = null;
        string? outlet = null;
        if (parts.Count > 1 && LooksLikeDate(parts[^1]))
        {
            date = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count > 1)
        {
            outlet = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        return new ParsedCitation(string.Join(" – ", parts), outlet, date, url, number);
    }

    /// <summary>
    /// `"Headline", Outlet, Date` (the style of bulleted citations): the quoted headline, then the outlet, and the
    /// date as the longest comma-separated tail that reads as one ("April 30, 2018").
    /// </summary>
    private static ParsedCitation? QuotedHeadline(string text, string? url, int number)
    {
        var close = text.Length > 1 && text[0] == '"' ? text.IndexOf('"', 1) : -1;
        if (close <= 1)
        {
            return null;
        }

        var title = text[1..close].Trim().TrimEnd(',');
        var rest = text[(close + 1)..].Trim().TrimStart(',', '–', '—', '-', ' ');
        if (rest.Length == 0)
        {
            return new ParsedCitation(title, null, null, url, number);
        }

        if (Dash().IsMatch(rest))
        {
            // "Headline" – Outlet – Date: the dashed form with a quoted headline.
            return null;
        }

        string? date = null;
        var outlet = rest;
        for (var comma = rest.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = rest.IndexOf(',', comma + 1))
        {
            if (LooksLikeDate(rest[(comma + 1)..]))
            {
                date = rest[(comma + 1)..].Trim();
                outlet = rest[..comma].Trim();
                break;
            }
        }

        if (date is null && LooksLikeDate(rest))
        {
            (date, outlet) = (rest, "");
        }

        return new ParsedCitation(title, outlet.Length > 0 ? outlet : null, date, url, number);
    }

    /// <summary>
    /// Every citation on a line: a line with several URLs (`http://a http://b`, or a headline and then several
    /// URLs) gives one item per URL, each with the headline the line starts with.
    /// </summary>
    public static List<ParsedCitation> ParseAll(string line, int number)
    {
        if (line.IndexOf("://", StringComparison.Ordinal) is var first && (first < 0 || line.IndexOf("://", first + 3, StringComparison.Ordinal) < 0))
        {
            return Parse(line, number) is { } single ? [single] : [];
        }

        var urls = AnyUrl().Matches(line);
        var head = Parse(line[..urls[0].Index], number);
        var items = new List<ParsedCitation>(urls.Count);
        foreach (Match url in urls)
        {
            var value = url.Groups["url"].Value.TrimEnd('.', ',', ';', ')');
            items.Add(head is null ? new ParsedCitation(null, null, null, value, number) : head with { Url = value });
        }

        return items;
    }

    public static bool IsBareUrl(string line) => BareUrl().IsMatch(line.Trim());

    public static bool LooksLikeDate(string text) => DateLike().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?<rest>.*?)\s*<?(?<url>https?://\S+?)>?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingUrl();

    [GeneratedRegex(@"<?(?<url>https?://[^\s<>]+)>?", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUrl();

    [GeneratedRegex(@"^<?https?://\S+>?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    // Spaced separators only, so "Web-Based" and "2017-01-05" stay whole.
    [GeneratedRegex(@"\s+[–—-]{1,2}\s+|\s*[–—]\s*(?=[A-Z0-9])")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();
}
