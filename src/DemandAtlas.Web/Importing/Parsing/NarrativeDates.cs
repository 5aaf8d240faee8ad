using System.Globalization;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Dates as people write them in a narrative: `In May, 2014` and `On June 3, 2021` (a month, and a day), `During 2015`,
/// seasons (`Summer 2010`, `the spring of 2019`: a year, never a month), `late 2015`, ranges (`between 2010 and 2012`,
/// `2014–2016`, `over 2016–2018`: the first year). A month name may carry one typo (`Febuary`); a year glued to the
/// word before `in` (`stingin 2014`) is still read. A bare year with no preposition (`the 2012 sting`, `a 2011
/// report`) is an attribute, not the date of what the sentence tells, so it is not read.
/// </summary>
public static partial class NarrativeDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static (int Year, int? Month, int? Day)? Read(string sentence)
    {
        if (!HasYear(sentence))
        {
            return null;
        }

        foreach (Match candidate in MonthDate().Matches(sentence))
        {
            if (Month(candidate.Groups["month"].Value) is { } month)
            {
                int? day = candidate.Groups["day"].Success ? int.Parse(candidate.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
                return (Year(candidate), month, day is >= 1 and <= 31 ? day : null);
            }
        }

        if (YearOnly().Match(sentence) is { Success: true } yearOnly)
        {
            return (Year(yearOnly), null, null);
        }

        if (OpeningYear().Match(sentence) is { Success: true } opening)
        {
            return (Year(opening), null, null);
        }

        return null;
    }

    /// <summary>
    /// The month of a sentence dated by the one before it ("The unit changed course in late 2019. That December, …",
    /// "in March of that year", "During 2019 … On March 3, officers …", "in late August"), or null. The month must be
    /// capitalized, so "that may change" names no month; after a bare "in" only a whole month's name counts, so "in
    /// Augusta" names none.
    /// </summary>
    public static int? MonthOfThatYear(string sentence) =>
        ThatMonth().Match(sentence) is { Success: true } match ? Month(match.Groups["month"].Value) : null;

    /// <summary>
    /// Every year a sentence dates something to, in order ("in 2013 and 2016" gives both); a range is one date, by its
    /// first year ("in the fall of 2018 and between 2021 and 2022" gives 2018 and 2021).
    /// </summary>
    public static List<int> YearsIn(string sentence) =>
        [.. YearList().Matches(sentence).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))];

    /// <summary>
    /// The month a word names: a full name, a three- or four-letter abbreviation, or a full name with one letter
    /// missing, added, changed or swapped ("Febuary", "Agust"). Abbreviations must be exact, so "Mat" is not May.
    /// </summary>
    public static int? Month(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i];
            if (lower == name || (lower.Length is 3 or 4 && name.StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower == "sept")))
            {
                return i + 1;
            }
        }

        if (lower.Length < 5)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Length >= 5 && WithinOneEdit(lower, MonthNames[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0])
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            // One letter changed, or two neighbours swapped.
            return a[(i + 1)..] == b[(i + 1)..]
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..]);
        }

        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static bool HasYear(string sentence)
    {
        for (var i = 0; i + 3 < sentence.Length; i++)
        {
            if ((sentence[i] == '1' && sentence[i + 1] == '9') || (sentence[i] == '2' && sentence[i + 1] == '0'))
            {
                if (char.IsAsciiDigit(sentence[i + 2]) && char.IsAsciiDigit(sentence[i + 3]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A word that may be a month (checked in code, so typos are read), an optional day, and a year; never a decade.
    // "March 4, 2016", "May of 2014", and a run of days, dated by its first: "February 17 and 18, 2012", "June 3–5, 2019".
    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,10})\.?(?:\s+of)?(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|&|through|to|[–-])\s*\d{1,2}(?:st|nd|rd|th)?)?)?,?\s+(?<year>(?:19|20)\d{2})\b(?!s)")]
    private static partial Regex MonthDate();

    // "In 2015", "in the spring of 2018" and "Summer 2013" (a season gives no month), "in late 2015", "Between 2015 and
    // 2017" / "from 2014 to 2016" / "over 2016–2018" (the first year); "in" may be glued to the word before it.
    [GeneratedRegex(@"(?:(?:\b|(?<=[a-z]))(?:in|during|throughout)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?|\b(?:between|from)\s+|\bover\s+(?=(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)\d{2})|\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)(?<year>(?:19|20)\d{2})\b(?!s|-\d\d-)", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    // Two places where a bare year does date what the sentence tells: a terse note or a chronology's entry that opens
    // with it or with a range ("2021 – joint op … 21 buyers arrested", "2019: …", "2014–2016. Officers …": the first
    // year), perhaps with a word in brackets ("2012 (summer) — …"), and an operation brought in with "a" ("A 2018 operation … netted 11 buyers"), which is a new one, where
    // "the 2012 sting" points back at one already told.
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})(?:\s*[–—-]\s*(?:19|20)\d{2})?(?:\s*\([\w\s.,'-]{1,30}\))?(?:\s*(?:[–—]|-(?!\d)|:)\s|\.(?:\s|$))|\ban?\s+(?:(?:early|late|mid|spring|summer|fall|autumn|winter)[- ]?)?(?<year>(?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?(?:operation|sting|sweep|crackdown)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningYear();

    [GeneratedRegex(@"\b(?i:that|the\s+same)\s+(?<month>[A-Z][a-z]{2,9})\b(?!\s+(?i:of\s+)?(?:19|20)\d{2})|\b(?<month>[A-Z][a-z]{2,9})\s+(?i:of\s+(?:that|the\s+same)\s+year)\b"
        + @"|\b(?i:on)\s+(?<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})|\b(?i:in)\s+(?i:early|late|mid)[- ]?(?<month>[A-Z][a-z]{2,8})\b(?!\s*,?\s*(?:19|20)\d{2})"
        + @"|\b(?i:in)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*(?:of\s+)?(?:19|20)\d{2})")]
    private static partial Regex ThatMonth();

    [GeneratedRegex(@"(?<![\d,.$])(?<!\b(?:19|20)\d{2}\s*[–—-]\s*)(?<!\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|through|until)\s+)\b(?:19|20)\d{2}\b(?!s|,\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearList();
}
