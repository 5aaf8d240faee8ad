using System.Globalization;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Dated operations in the narrative: a sentence with a date ("in January, 2017", "On June 3, 2021",
/// "During 2015") and either an arrest count ("arrested 10 area men", "four men were arrested", "a dozen
/// arrests") or an operation word (sting, sweep, operation). A count in a later sentence of the same
/// paragraph completes an operation that lacked one. The operation's passage (its sentence up to the next
/// operation in the paragraph) gives its tactics and the Key Partners that took part.
/// </summary>
public static partial class OperationExtractor
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private const string People = @"(?:men|males|people|persons|individuals|suspects|johns|buyers|customers|clients|adults|women|patrons|sex buyers|would-be (?:buyers|johns|customers))";

    internal static void Find(IEnumerable<NarrativeParagraph> paragraphs, ParsedProfile profile)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsQuote)
            {
                continue;
            }

            var sentences = paragraph.Sentences();
            var starts = new List<(int Index, int Year, int? Month, int? Day)>();
            for (var i = 0; i < sentences.Count; i++)
            {
                if (ReadDate(sentences[i].Text) is { } date && (CountIn(sentences[i].Text) is not null || OperationWord().IsMatch(sentences[i].Text)))
                {
                    starts.Add((i, date.Year, date.Month, date.Day));
                }
            }

            for (var s = 0; s < starts.Count; s++)
            {
                var (index, year, month, day) = starts[s];
                var end = s + 1 < starts.Count ? starts[s + 1].Index : sentences.Count;
                var passage = sentences.Skip(index).Take(end - index).Select(x => x.Text).ToList();
                var arrests = passage.Select(CountIn).FirstOrDefault(c => c is not null);
                var text = string.Join(' ', passage);
                profile.Operations.Add(new ParsedOperation(
                    year, month, day, arrests,
                    Summary(sentences[index].Text),
                    sentences[index].Line,
                    NarrativeTactics.InCatalogOrder(Enumerable.Range(index, end - index).SelectMany(paragraph.TacticsOf)),
                    AgencyMatcher.Match(text, profile.Partners, profile.StateName)));
            }
        }
    }

    private static readonly Regex[] CountPatterns = [VerbThenCount(), CountThenVerb(), CountThenParticiple(), CountArrests()];

    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static (int Year, int? Month, int? Day)? ReadDate(string sentence)
    {
        if (!HasYear(sentence))
        {
            return null;
        }

        if (MonthDate().Match(sentence) is { Success: true } full)
        {
            var month = Array.IndexOf(MonthAbbreviations, full.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            int? day = full.Groups["day"].Success ? int.Parse(full.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
            return (int.Parse(full.Groups["year"].Value, CultureInfo.InvariantCulture), month, day is >= 1 and <= 31 ? day : null);
        }

        if (YearOnly().Match(sentence) is { Success: true } yearOnly)
        {
            return (int.Parse(yearOnly.Groups["year"].Value, CultureInfo.InvariantCulture), null, null);
        }

        return null;
    }

    /// <summary>The number of people a sentence says were arrested, or null.</summary>
    public static int? CountIn(string sentence)
    {
        // Cheap screens first: most sentences mention no arrest at all, and the count patterns are costly.
        if (!ArrestWord().IsMatch(sentence))
        {
            return null;
        }

        foreach (var pattern in CountPatterns)
        {
            if (pattern.Match(sentence) is { Success: true } match && NumberWords.Parse(match.Groups["n"].Value) is { } n && n > 0)
            {
                return n;
            }
        }

        return null;
    }

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

    private static string Summary(string sentence)
    {
        var trimmed = LeadIn().Replace(sentence, "");
        return trimmed.Length > 0 ? char.ToUpperInvariant(trimmed[0]) + trimmed[1..] : sentence;
    }

    [GeneratedRegex(@"\b(?:in|on|during|throughout|over|from|by|since|early|late|mid)?[- ]?(?:(?:early|late|mid)[- ])?\b(?<month>" + Months + @")\.?(?:\s+of)?(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?<year>(?:19|20)\d{2})\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDate();

    // "In 2015", "in the spring of 2018" (a season gives no month), "Between 2015 and 2017" / "from 2014 to 2016" (the first year).
    [GeneratedRegex(@"\b(?:(?:in|during|throughout)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?|(?:between|from)\s+)(?<year>(?:19|20)\d{2})\b(?!s|-)", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:arrested|charged|cited|detained|apprehended|netted|nabbed|booked)\s+(?:a total of\s+|at least\s+|some\s+|about\s+)?(?<n>" + NumberWords.Pattern + @")\s+(?:[\w-]+\s+){0,3}?" + People + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenCount();

    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @")\s+(?:[\w-]+\s+){0,3}?" + People + @"\s+(?:\w+\s+){0,2}?(?:were|was|had been|have been|being|got|are)\s+(?:\w+\s+)?(?:arrested|charged|cited|detained|apprehended|booked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountThenVerb();

    // "the vehicles of 14 men arrested for soliciting", "eight johns who were charged".
    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @")\s+(?:[\w-]+\s+){0,3}?" + People + @"\s+(?:(?:who|that)\s+(?:were|had been|have been)\s+)?(?:arrested|charged|cited|detained|apprehended|booked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountThenParticiple();

    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @")\s+arrests\b|\barrests? of\s+(?<n>" + NumberWords.Pattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountArrests();

    [GeneratedRegex(@"arrest|charged|cited|detained|apprehended|netted|nabbed|booked", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestWord();

    [GeneratedRegex(@"\b(stings?|sweeps?|operations?|crackdowns?|stakeouts?|details?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OperationWord();

    [GeneratedRegex(@"^(?:For example|For instance|Most recently|Later|Also|Then|Again|Similarly),\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}
