using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Dated operations against buyers in the narrative: a sentence with a date (see <see cref="NarrativeDates"/>) and
/// either a count of buyers arrested (see <see cref="ArrestCounts"/>) or one operation named as an event ("ran a
/// reverse sting", "a second operation"). A count in a later sentence of the same paragraph completes an operation
/// that lacked one. Arrests of sellers, pimps or traffickers are never operations, nor is a sentence that says none
/// was held. Two dated clauses of one sentence ("In March, 2018, 18 men were arrested …; in June, 2018, another 11
/// …") are two operations, and "in 2013 and 2016, arresting seven and eleven men respectively" is two as well. The
/// operation's passage (its sentence up to the next operation in the paragraph) gives its tactics and the Key
/// Partners that took part.
/// </summary>
public static partial class OperationExtractor
{
    /// <summary><paramref name="Elided"/>: a clause's count whose verb an earlier clause gave ("…; nineteen in the second, in March, 2015").</summary>
    private sealed record Unit(string Text, int Line, int Sentence, int? Elided = null);

    private sealed record Start(int Unit, int Year, int? Month, int? Day, int? Arrests);

    public static (int Year, int? Month, int? Day)? ReadDate(string sentence) => NarrativeDates.Read(sentence);

    /// <summary>The number of buyers a sentence says were arrested, or null.</summary>
    public static int? CountIn(string sentence) => ArrestCounts.Buyers(ArrestCounts.In(sentence));

    internal static void Find(IEnumerable<NarrativeParagraph> all, ParsedProfile profile, ParseTrace? trace)
    {
        var paragraphs = all.ToList();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.IsHeading || paragraph.IsQuote)
            {
                continue;
            }

            var units = Units(paragraph);
            var dates = Dates(units);
            var starts = new List<Start>();
            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                if (dates[u] is not { } date)
                {
                    continue;
                }

                if (OtherPlaceSubject.Of(unit.Text, profile) is { } other)
                {
                    trace?.Ignored(unit.Line, "operations", $"the sentence tells of {other}, not this place");
                    continue;
                }

                if (Respectively(unit.Text) is { Count: > 0 } pairs)
                {
                    starts.AddRange(pairs.Select(p => new Start(u, p.Year, null, null, p.Arrests)));
                    continue;
                }

                var counts = ArrestCounts.In(unit.Text);
                var buyers = ArrestCounts.OnlySellers(counts) ? null : ArrestCounts.Buyers(counts) ?? (counts.Count == 0 ? unit.Elided : null);
                if (ClaimCues.DeniesOperation(unit.Text))
                {
                    trace?.Ignored(unit.Line, "operations", "the sentence says no operation took place");
                }
                else if (buyers is not null)
                {
                    starts.Add(new Start(u, date.Year, date.Month, date.Day, buyers));
                }
                else if (counts.Count == 0 && SeveralOperations().IsMatch(unit.Text) && Enumerable.Range(u + 1, units.Count - u - 1).Any(k => dates[k] is not null))
                {
                    // "During 2019 the unit carried out three operations. On March 3, …": the later sentences date each one.
                    trace?.Ignored(unit.Line, "operations", "the sentence counts operations that the sentences after it date one by one");
                }
                else if (!ArrestCounts.OnlySellers(counts) && ClaimCues.SellerArrests(unit.Text, counts) is null && OperationEvent().IsMatch(unit.Text))
                {
                    // "The council asked the county in 2019 to start an operation": asked for, planned or proposed, not held.
                    // "… 'may try an online operation next year.' None has been reported since.": the next sentence says so.
                    if ((ClaimCues.Reversal(unit.Text) ?? (u + 1 < units.Count ? ClaimCues.FollowUpDenial(units[u + 1].Text) : null)) is { } plan)
                    {
                        trace?.Ignored(unit.Line, "operations", $"the sentence tells of an operation not held (\"{plan}\")");
                    }
                    else
                    {
                        starts.Add(new Start(u, date.Year, date.Month, date.Day, null));
                    }
                }
                else if (counts.Count > 0 || ClaimCues.SellerArrests(unit.Text, counts) is not null)
                {
                    trace?.Ignored(unit.Line, "operations", "arrests of sellers, pimps or traffickers: not an operation against buyers");
                }
                else if ((LaterCount(units, dates, u) ?? ThenNextParagraph(units, dates, u, paragraphs, p)) is { } later)
                {
                    // "In January, 2017, officers posed as women behind the bus station. Six men were charged.": the
                    // count comes in a later sentence that has no date of its own.
                    starts.Add(new Start(u, date.Year, date.Month, date.Day, later));
                }
            }

            for (var s = 0; s < starts.Count; s++)
            {
                var start = starts[s];
                var end = starts.FindIndex(s + 1, x => x.Unit > start.Unit) is var next and >= 0 ? starts[next].Unit : units.Count;
                var passage = units.Skip(start.Unit).Take(Math.Max(1, end - start.Unit)).ToList();
                var arrests = start.Arrests ?? passage.Skip(1).Select(p => ArrestCounts.In(p.Text)).Where(c => !ArrestCounts.OnlySellers(c)).Select(ArrestCounts.Buyers).FirstOrDefault(c => c is not null)
                    ?? FollowUpCount(passage)
                    ?? (end == units.Count ? NextParagraphCount(paragraphs, p) : null);
                var first = passage[0];
                var operation = new ParsedOperation(
                    start.Year, start.Month, start.Day, arrests,
                    Summary(first.Text),
                    first.Line,
                    NarrativeTactics.InCatalogOrder(passage.Select(p => p.Sentence).Distinct().SelectMany(paragraph.TacticsOf)),
                    AgencyMatcher.Match(string.Join(' ', passage.Select(p => p.Text)), profile.Partners, profile.StateName));
                profile.Operations.Add(operation);
                trace?.Took(first.Line, "operations", $"operation {Domain.OperationDate.Format(operation.Year, operation.Month, operation.Day)}, "
                    + (arrests is { } n ? $"{n} buyers arrested" : "no count of arrests") + (operation.Partners.Count > 0 ? $", with {string.Join(", ", operation.Partners)}" : ""));
            }
        }
    }

    /// <summary>
    /// Each unit's date: its own, or a month dated by the year before it in the paragraph ("… in late 2019. That
    /// December, detectives …" is December 2019).
    /// </summary>
    private static (int Year, int? Month, int? Day)?[] Dates(List<Unit> units)
    {
        var dates = new (int Year, int? Month, int? Day)?[units.Count];
        int? year = null;
        for (var u = 0; u < units.Count; u++)
        {
            dates[u] = NarrativeDates.Read(units[u].Text)
                ?? (year is { } y && NarrativeDates.MonthOfThatYear(units[u].Text) is { } month ? (y, month, null) : null);
            year = dates[u]?.Year ?? year;
        }

        return dates;
    }

    /// <summary>
    /// "In January, 2020, detectives ran a two-day operation at the motel." then a sub-heading, then "… Seven men were
    /// charged.": an operation that ends its paragraph uncounted takes its count from the next paragraph, past any
    /// sub-heading, when that paragraph tells of no date of its own (pages often break one story into a paragraph a line).
    /// </summary>
    private static int? NextParagraphCount(List<NarrativeParagraph> paragraphs, int from)
    {
        var next = paragraphs.Skip(from + 1).FirstOrDefault(p => !p.IsHeading);
        if (next is null || next.IsQuote)
        {
            return null;
        }

        var units = Units(next);
        var dates = Dates(units);
        return dates.Any(d => d is not null) ? null : LaterCount(units, dates, -1);
    }

    /// <summary>
    /// "On the weekend of August 12, 2022, detectives set up in two rooms at a hotel." … then the next paragraph: "By
    /// late Sunday night eleven men had been arrested.": the last dated sentence of a paragraph, telling of police at
    /// work, takes the next paragraph's count (see <see cref="NextParagraphCount"/>).
    /// </summary>
    private static int? ThenNextParagraph(List<Unit> units, (int Year, int? Month, int? Day)?[] dates, int at, List<NarrativeParagraph> paragraphs, int paragraph) =>
        dates.Skip(at + 1).All(d => d is null) && PoliceAtWork().IsMatch(units[at].Text) ? NextParagraphCount(paragraphs, paragraph) : null;

    /// <summary>A count of buyers arrested in the undated sentences that follow, up to the next dated one.</summary>
    private static int? LaterCount(List<Unit> units, (int Year, int? Month, int? Day)?[] dates, int from)
    {
        for (var i = from + 1; i < units.Count && dates[i] is null; i++)
        {
            var counts = ArrestCounts.In(units[i].Text);
            if (!ArrestCounts.OnlySellers(counts) && ArrestCounts.Buyers(counts) is { } count && !ClaimCues.DeniesOperation(units[i].Text))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>
    /// "… and men who stopped and offered money got arrested. Seventeen of them in two nights.": a fragment after the
    /// sentence that told of the arrests counts those arrested.
    /// </summary>
    private static int? FollowUpCount(List<Unit> passage)
    {
        for (var i = 1; i < passage.Count; i++)
        {
            if (OfThem().Match(passage[i].Text) is { Success: true } match && passage[i - 1].Text.Contains("arrest", StringComparison.OrdinalIgnoreCase))
            {
                return NumberWords.Parse(match.Groups["count"].Value) is > 0 and var count ? count : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Sentences, and a sentence's clauses when more than one of them carries its own date: its semicolon clauses, and
    /// ", and" clauses that each have a date ("… ended with 42 more arrests, and a third in July, 2018 netted 19").
    /// </summary>
    private static List<Unit> Units(NarrativeParagraph paragraph)
    {
        var units = new List<Unit>();
        var sentences = paragraph.Sentences();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (text, line) = sentences[i];
            if ((text.Contains(';', StringComparison.Ordinal) || text.Contains(", and ", StringComparison.Ordinal))
                && DatedClauses(text) is { Count: > 1 } clauses && clauses.Count(c => NarrativeDates.Read(c) is not null) > 1)
            {
                var counted = false;
                foreach (var clause in clauses)
                {
                    // A clause with a count and no verb of its own takes the arrest an earlier clause counted.
                    int? elided = counted && ElidedCount().Match(clause) is { Success: true } bare ? NumberWords.Parse(bare.Groups["count"].Value) : null;
                    counted |= CountIn(clause) is not null;
                    units.Add(new Unit(clause, line, i, elided is > 0 ? elided : null));
                }
            }
            else if (i > 0 && CountThenDatedCount(text, sentences[i - 1].Text) is var (counted, dated))
            {
                units.Add(new Unit(counted, line, i));
                units.Add(new Unit(dated, line, i));
            }
            else
            {
                units.Add(new Unit(text, line, i));
            }
        }

        return units;
    }

    /// <summary>
    /// "In February, 2020, investigators posted decoy ads. A dozen men were arrested at the hotel, and two more were
    /// arrested in a follow-up in March, 2020.": after a dated sentence that gives no count, a sentence whose first
    /// clause counts with no date and whose last clause counts with a date of its own tells of two operations: the
    /// first count is the dated sentence's, the second the new date's. Split at the last ", and".
    /// </summary>
    private static (string Counted, string Dated)? CountThenDatedCount(string sentence, string previous)
    {
        var cut = sentence.LastIndexOf(", and ", StringComparison.Ordinal);
        if (cut < 0 || NarrativeDates.Read(previous) is null || CountIn(previous) is not null)
        {
            return null;
        }

        var (counted, dated) = (sentence[..cut].Trim(), sentence[(cut + ", and ".Length)..].Trim());
        return NarrativeDates.Read(counted) is null && CountIn(counted) is not null && NarrativeDates.Read(dated) is not null && CountIn(dated) is not null
            ? (counted, dated)
            : null;
    }

    /// <summary>The semicolon clauses, each split again at ", and" where both sides carry a date of their own.</summary>
    private static List<string> DatedClauses(string sentence)
    {
        var clauses = new List<string>();
        foreach (var clause in sentence.Split(';'))
        {
            var pieces = clause.Split(", and ");
            var current = pieces[0];
            for (var p = 1; p < pieces.Length; p++)
            {
                if (NarrativeDates.Read(current) is not null && NarrativeDates.Read(pieces[p]) is not null)
                {
                    clauses.Add(current.Trim());
                    current = pieces[p];
                }
                else
                {
                    current += ", and " + pieces[p];
                }
            }

            clauses.Add(current.Trim());
        }

        clauses.RemoveAll(c => c.Length == 0);
        return clauses;
    }

    /// <summary>"… in 2013 and 2016, arresting seven and eleven men respectively": one operation a year, in order.</summary>
    private static List<(int Year, int Arrests)> Respectively(string sentence)
    {
        if (!sentence.Contains("respectively", StringComparison.OrdinalIgnoreCase) || CountList().Match(sentence) is not { Success: true } list)
        {
            return [];
        }

        var counts = ListSeparator().Split(list.Groups["list"].Value).Select(NumberWords.Parse).ToList();
        var years = NarrativeDates.YearsIn(sentence);
        return counts.Count == years.Count && counts.All(c => c is > 0)
            ? [.. years.Zip(counts, (y, c) => (y, c!.Value))]
            : [];
    }

    private static string Summary(string sentence)
    {
        var trimmed = LeadIn().Replace(sentence, "");
        return trimmed.Length > 0 ? char.ToUpperInvariant(trimmed[0]) + trimmed[1..] : sentence;
    }

    // One operation told as an event: "ran a reverse sting", "a second operation", "the sweep"; a plural with no
    // article ("street stings, online stings") describes a practice, not a dated event, but a counted plural ("ran four
    // more decoy operations" between two years) is dated events whose arrests the text may not give. Arrests of "several men" are
    // an operation whose count the text does not give.
    [GeneratedRegex(@"\b(?:a|an|the|its|their|first|second|third|another|one|single|joint|similar|smaller|larger)\s+(?:[\w-]+\s+){0,3}?(?:sting|sweep|operation|crackdown|stakeout)\b"
        + @"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:more\s+|other\s+|further\s+)?(?:[\w-]+\s+){0,3}?(?:stings|sweeps|operations|crackdowns)\b"
        + @"|\b(?:arrested|charged|cited)\s+(?:several|a\s+number\s+of|dozens\s+of|a\s+handful\s+of|numerous)\s+(?:[\w-]+\s+){0,2}?(?:men|buyers|johns|customers)\b"
        + @"|\b(?:several|dozens\s+of|a\s+number\s+of|a\s+handful\s+of|numerous)\s+(?:[\w-]+\s+){0,2}?(?:men|buyers|johns|customers)\s+(?:were\s+|had\s+been\s+)?(?:arrested|charged|cited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OperationEvent();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:more\s+|other\s+|separate\s+)?(?:[\w-]+\s+){0,2}?(?:stings|sweeps|operations|crackdowns|details)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralOperations();

    [GeneratedRegex(@"\b(?:police|officers?|detectives?|deputies|agents|troopers|investigators|task\s+force|vice\s+unit)\b[^.;]{0,80}\b(?:set\s+up|posed|posted|placed|ran|staged|conducted|launched|targeted|answered|waited|worked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceAtWork();

    [GeneratedRegex(@"(?<list>(?:" + NumberWords.Pattern + @")(?:\s*,\s*(?:" + NumberWords.Pattern + @"))*\s*,?\s+and\s+(?:" + NumberWords.Pattern + @"))\s+(?:[\w-]+\s+){0,2}?(?:men|buyers|johns|people)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountList();

    // "nineteen in the second", "and 30 in a week-long operation": a count, then at once a place, a time or an operation;
    // or a clause that ends on its count ("a follow-up in the fall of 2017 led to 8 more").
    [GeneratedRegex(@"^(?:and\s+|then\s+|another\s+)?(?<count>" + NumberWords.Pattern + @")\s+(?:more\s+)?(?:in|at|during|on|over|from|after)\b"
        + @"|\b(?:led\s+to|netted|brought|yielded|produced|added)\s+(?:another\s+)?(?<count>" + NumberWords.Pattern + @")\s+more\s*[.;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ElidedCount();

    [GeneratedRegex(@"^(?:all\s+)?(?<count>" + NumberWords.Pattern + @")\s+of\s+them\b(?![^.;]{0,40}\b(?:women|girls|sellers|pimps|traffickers)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OfThem();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:For example|For instance|Most recently|Later|Also|Then|Again|Similarly),\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}
