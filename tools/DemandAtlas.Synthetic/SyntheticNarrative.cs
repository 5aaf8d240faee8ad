using System.Globalization;
using System.Text;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Synthetic;

/// <summary>The narrative paragraphs: size and county, neighbours, background, dated operations, other tactics.</summary>
internal static class SyntheticNarrative
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly string[] Background =
    [
        "Residents and business owners in this synthetic place have complained for years about street solicitation near a motel corridor.",
        "Local officials describe a commercial sex market that moved online over the last decade while a small street market persisted.",
        "Advocates in the area describe cases of trafficking of minors connected to the local commercial sex market.",
        "Complaints from neighbours about cruising cars and discarded litter prompted the first enforcement efforts.",
    ];

    private static readonly string[] Quotes =
    [
        "“Buying sex is not a victimless act, and we will keep holding buyers accountable,” the chief said.",
        "“Every one of these arrests is a message that this community will not be a marketplace for exploitation,” a prosecutor said.",
    ];

    public static IEnumerable<string> Paragraphs(SyntheticPlace place)
    {
        var rng = place.Random;
        yield return Opening(place);
        if (rng.NextDouble() < 0.1)
        {
            yield return "Background:";
        }

        yield return $"{SyntheticPlace.Pick(rng, Background)} {SyntheticPlace.Pick(rng, Background)}";

        if (place.Uses("reverse-stings") || place.Uses("web-stings"))
        {
            if (rng.NextDouble() < 0.1)
            {
                yield return "Enforcement:";
            }

            foreach (var paragraph in Operations(place))
            {
                yield return paragraph;
            }
        }

        var others = place.Tactics
            .Select(SyntheticTactics.Get)
            .Where(t => t.Sentences.Length > 0 && t.Slug != "identity-disclosure")
            .Select(t => SyntheticPlace.Pick(rng, t.Sentences))
            .ToList();
        if (others.Count > 0)
        {
            yield return string.Join(' ', others);
        }

        if (rng.NextDouble() < 0.3)
        {
            yield return SyntheticPlace.Pick(rng, Quotes);
        }
    }

    private static string Opening(SyntheticPlace place)
    {
        var rng = place.Random;
        var rounded = RoundForProse(place.Population).ToString("N0", CultureInfo.InvariantCulture);
        var text = new StringBuilder($"{place.Name} {SyntheticProfiles.Marker}; it describes no real place. ");
        text.Append(place.Type switch
        {
            JurisdictionType.County => $"It is a county of approximately {rounded} residents in {place.State.Name}.",
            JurisdictionType.State => $"It is the state-level profile for {place.State.Name}, with approximately {rounded} residents.",
            JurisdictionType.Region => $"It is a region of approximately {rounded} residents in {place.State.Name}.",
            _ => $"It is a {place.Type.ToString().ToLowerInvariant()} of approximately {rounded} residents in {place.County}, {place.State.Name}.",
        });
        if (place.Neighbours.Count > 0 && rng.NextDouble() < 0.85)
        {
            var names = place.Neighbours.ToList();
            var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))}, and {names[^1]}";
            text.Append(place.Type == JurisdictionType.County
                ? $" Communities in {place.County} that have worked to address demand include {list}."
                : $" Some other cities in {place.County} that have worked to address demand include {list}.");
        }

        return text.ToString();
    }

    private static IEnumerable<string> Operations(SyntheticPlace place)
    {
        var rng = place.Random;
        var count = rng.Next(1, 4);
        var year = rng.Next(2005, 2024 - (count * 2));
        var paragraph = new StringBuilder("Demand from buyers funds the local commercial sex market, so police have focused on arresting buyers.");
        for (var i = 0; i < count; i++)
        {
            year += rng.Next(1, 3);
            var web = place.Uses("web-stings") && (!place.Uses("reverse-stings") || rng.NextDouble() < 0.5);
            paragraph.Append(' ').Append(OperationSentence(place, year, web));
            if (web)
            {
                paragraph.Append(' ').Append(SyntheticPlace.Pick(rng, SyntheticTactics.WebStingDetails));
            }

            if (place.Uses("identity-disclosure") && (i == 0 || rng.NextDouble() < 0.5))
            {
                paragraph.Append(' ').Append(SyntheticPlace.Pick(rng, SyntheticTactics.Get("identity-disclosure").Sentences));
            }

            // Some documents give each operation its own paragraph, as long real profiles do.
            if (rng.NextDouble() < 0.4)
            {
                yield return paragraph.ToString().TrimStart();
                paragraph.Clear();
            }
        }

        if (paragraph.Length > 0)
        {
            yield return paragraph.ToString().TrimStart();
        }
    }

    private static string OperationSentence(SyntheticPlace place, int year, bool web)
    {
        var rng = place.Random;
        var month = rng.Next(12);
        var date = rng.Next(4) switch
        {
            0 => $"In {Months[month]}, {year},",
            1 => $"In {Months[month]} {year},",
            2 => $"On {Months[month]} {rng.Next(1, 29)}, {year},",
            _ => $"During {year},",
        };
        var arrests = rng.Next(1, 30);
        var counted = rng.Next(3) switch
        {
            0 when arrests <= 20 => Words[arrests],
            1 when arrests == 12 => "a dozen",
            _ => arrests.ToString(CultureInfo.InvariantCulture),
        };
        var men = arrests == 1 ? "man" : "men";
        var kind = web
            ? SyntheticPlace.Pick(rng, new[] { "a web sting", "an online sting", "a web-based reverse sting" })
            : SyntheticPlace.Pick(rng, new[] { "a reverse sting", "a john sting", "a street-level reverse sting" });
        var agencies = Agencies(place);
        return rng.Next(2) == 0
            ? $"{date} {agencies} arrested {counted} {men} in {kind}."
            : $"{date} {counted} {men} {(arrests == 1 ? "was" : "were")} arrested during {kind} conducted by {agencies}.";
    }

    /// <summary>The own agency plus one or two county agencies or neighbouring departments, all listed as partners.</summary>
    private static string Agencies(SyntheticPlace place)
    {
        var rng = place.Random;
        var pool = new List<string> { place.SheriffsOffice, place.DistrictAttorney, place.TaskForce };
        pool.AddRange(place.Neighbours.Select(n => $"{n} Police Department"));
        var named = new List<string> { place.OwnAgency };
        named.AddRange(pool.Where(p => p != place.OwnAgency).OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)));
        place.NoteAgencies(named);
        var withArticles = named.Select(n => $"the {n}").ToList();
        return withArticles.Count == 1 ? withArticles[0] : $"{string.Join(", ", withArticles.Take(withArticles.Count - 1))} and {withArticles[^1]}";
    }

    /// <summary>Narratives round ("approximately 18,000") while the metadata keeps the exact figure.</summary>
    private static int RoundForProse(int population)
    {
        var magnitude = (int)Math.Pow(10, Math.Max(0, (int)Math.Log10(population) - 1));
        return Math.Max(magnitude, (int)Math.Round((double)population / magnitude) * magnitude);
    }
}
