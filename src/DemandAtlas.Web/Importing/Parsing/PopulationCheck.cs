using System.Globalization;
using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// The footer's `Population` is the figure; the narrative's own ("a city of about 41,000 people", "home to nearly
/// 430,000 people") is only checked against it. A round figure is a round figure, so they disagree only when more
/// than <see cref="Tolerance"/> apart, or when a bound is broken ("fewer than 800,000" against 812,000); then a
/// `population-disagrees` warning names both, and the footer wins. Only a number said to be the place's people counts:
/// "more than 600 letters" or "9,000 conversations" are no population.
/// </summary>
public static partial class PopulationCheck
{
    private const double Tolerance = 0.05;

    internal static void Compare(IReadOnlyList<NarrativeParagraph> paragraphs, ParsedProfile profile, ParseTrace? trace)
    {
        if (profile.Population is not { } footer || footer <= 0)
        {
            return;
        }

        foreach (var (sentence, line) in paragraphs.Where(p => !p.IsQuote).SelectMany(p => p.Sentences()))
        {
            if (!sentence.AsSpan().ContainsAny(Digits) || FirstFigure(sentence) is not { } match)
            {
                continue;
            }

            var stated = int.Parse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
            var agrees = match.Groups["q"].Value.ToLowerInvariant() switch
            {
                "fewer than" or "less than" or "under" or "just under" => footer < stated,
                "more than" or "over" or "just over" => footer > stated,
                _ => Math.Abs(footer - stated) <= stated * Tolerance,
            };
            if (!agrees)
            {
                var said = match.Value.Trim();
                profile.Warn(line, WarningCodes.PopulationDisagrees,
                    $"the narrative gives the population as \"{said}\", the footer as {footer:N0}; the footer's figure is used");
                trace?.Ignored(line, "population", $"the narrative's population (\"{said}\") disagrees with the footer's {footer:N0}: the footer wins");
            }

            // The first figure the narrative gives is the one it means for the place.
            return;
        }
    }

    /// <summary>The first number the sentence gives as the place's people: after "a city of" or "population", or before "people".</summary>
    private static Match? FirstFigure(string sentence)
    {
        foreach (Match match in Figure().Matches(sentence))
        {
            if (match.Groups["place"].Success || match.Groups["people"].Success)
            {
                return match;
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // "a city of about 41,000 people", "has about 28,000 residents", "home to nearly 430,000 people", "population about
    // 6,200", "a village of 19,500", "a state of fewer than 800,000 people".
    [GeneratedRegex(@"(?<place>\b(?:city|town|village|borough|township|county|parish|region|state)\s+of\s+|\bpopulation(?:\s+of)?\s+)?\b(?:(?:some|about|around|roughly|approximately|nearly|almost|close to)\s+|(?<q>fewer than|less than|more than|just under|just over|under|over)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{4,7})\b(?<people>\s+(?:year-round\s+)?(?:people|residents|inhabitants)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
