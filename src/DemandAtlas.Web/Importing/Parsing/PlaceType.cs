using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// When neither the footer nor the title gives a jurisdiction's type, the narrative's own opening may: "Marrowfield is
/// a small town in …", "Saltcedar is a desert city of about 45,000". Only a sentence about the place itself counts
/// (it starts with the place's name), and only the first noun after "is a" and a few adjectives, so "… is a town near
/// the county line" is a town, never a county.
/// </summary>
public static partial class PlaceType
{
    /// <summary>How many of the narrative's first sentences may say what the place is.</summary>
    private const int OpeningSentences = 3;

    internal static void Infer(IReadOnlyList<NarrativeParagraph> paragraphs, ParsedProfile profile, ParseTrace? trace)
    {
        if (profile.Type is not null || profile.Name.Length == 0)
        {
            return;
        }

        foreach (var (sentence, line) in paragraphs.Where(p => !p.IsHeading && !p.IsQuote).SelectMany(p => p.Sentences()).Take(OpeningSentences))
        {
            var subject = sentence.StartsWith("The ", StringComparison.Ordinal) ? sentence[4..] : sentence;
            if (StartsWithName(subject, profile.Name)
                && IsA().Match(subject[profile.Name.Length..]) is { Success: true } match
                && Enum.TryParse<JurisdictionType>(match.Groups["type"].Value is "parish" ? "County" : match.Groups["type"].Value, ignoreCase: true, out var type))
            {
                profile.Type = type;
                trace?.Took(line, "type", $"type {type}: the narrative says what the place is (the footer gives no Type)");
                return;
            }
        }
    }

    /// <summary>
    /// The sentence starts with the place's name as the title spells it, or with one or two letters different: a title
    /// with a typo ("Mapelwood Heigths") still names the place its narrative spells right.
    /// </summary>
    private static bool StartsWithName(string subject, string name)
    {
        if (subject.StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.Length < 8 || subject.Length < name.Length)
        {
            return false;
        }

        var differ = 0;
        for (var i = 0; i < name.Length && differ <= 2; i++)
        {
            differ += char.ToLowerInvariant(subject[i]) == char.ToLowerInvariant(name[i]) ? 0 : 1;
        }

        return differ <= 2 && char.ToLowerInvariant(subject[0]) == char.ToLowerInvariant(name[0]);
    }

    // Right after the name (and an optional "Township"/"County" the title dropped): "is a [up to four words] city".
    [GeneratedRegex(@"^(?:\s+(?:township|county|parish|borough|village|city|town))?\s+is\s+(?:a|an)\s+(?:[\w,'-]+\s+){0,4}?(?<type>city|town|village|borough|township|county|parish|region)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsA();
}
