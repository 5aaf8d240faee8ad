using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// A sentence about what another place did: "Neighboring Marston has sent first-time buyers to a Saturday class",
/// "Across the inlet, Carrow police seize the cars of men arrested". Profiles often compare a place with its
/// neighbours, and what a neighbour does is not this place's record: the sentence makes no claim and no operation.
/// The subject is another place when the sentence opens (after a short lead-in such as "Across the inlet,") with
/// "neighboring", "nearby" or "adjacent" and a name, or with a name the narrative lists among the neighbours. A
/// sentence that names this place itself is left to the other rules ("Carrow and Pell Haven police ran a sting").
/// </summary>
public static partial class OtherPlaceSubject
{
    /// <summary>The other place the sentence is about, or null when it may be about this one.</summary>
    public static string? Of(string sentence, ParsedProfile profile)
    {
        if (profile.Name.Length > 0 && sentence.Contains(profile.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The opening as written ("Neighboring Marston, he noted, has sent …") and past a lead-in ("Across the inlet, …").
        foreach (var subject in new[] { sentence.TrimStart(), LeadIn().Replace(sentence, "", 1) })
        {
            if (Neighbouring().Match(subject) is { Success: true } named)
            {
                return named.Groups["name"].Value;
            }

            if (profile.Neighbours.Select(n => n.Name).FirstOrDefault(name => Opens(subject, name)) is { } neighbour)
            {
                return neighbour;
            }
        }

        return null;
    }

    private static bool Opens(string subject, string name) =>
        subject.StartsWith(name, StringComparison.Ordinal) && (subject.Length == name.Length || !char.IsLetter(subject[name.Length]));

    // A short opening phrase and its comma: "Across the inlet, ", "By contrast, ", "Since 2017, ", "The".
    [GeneratedRegex(@"^\s*(?:(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+)?(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // "Neighboring Marston …", and "In neighboring Sumner County, the sheriff …".
    [GeneratedRegex(@"^(?:(?:[Ii]n|[Oo]ver\s+in)\s+)?(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\s+(?:(?:city|town|village|borough|township|county|parish)\s+(?:of\s+)?)?(?<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")]
    private static partial Regex Neighbouring();
}
