using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>`Westborough, MA`, `Polk County, FL` or a bare state name (`Vermont`).</summary>
internal static class ProfileTitle
{
    public static bool TryRead(string title, ParsedProfile profile)
    {
        title = ProfileText.Squash(title.TrimStart('#', ' ').TrimEnd(':', ' '));
        if (title.Length is 0 or > 150 || !title.Any(char.IsLetter))
        {
            return false;
        }

        var comma = title.LastIndexOf(',');
        if (comma > 0 && UsStates.Find(title[(comma + 1)..].Trim().TrimEnd('.')) is { } state)
        {
            var name = title[..comma].Trim();
            if (name.Length == 0 || !name.Any(char.IsLetter) || IsSentence(name))
            {
                return false;
            }

            profile.Name = name;
            profile.StateCode = state.Code;
            profile.StateName = state.Name;
            profile.Slug = Slugs.ForJurisdiction(name, state.Code);
            profile.Type = TypeOf(name);
            return profile.Slug.Length > 0;
        }

        if (UsStates.FromName(title) is { } whole)
        {
            profile.Name = whole.Name;
            profile.StateCode = whole.Code;
            profile.StateName = whole.Name;
            profile.IsStateLevel = true;
            profile.Slug = Slugs.ForJurisdiction(whole.Name, whole.Code, isState: true);
            profile.Type = JurisdictionType.State;
            return true;
        }

        return false;
    }

    private static bool IsLabel(string name) =>
        name.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 and <= 30 && name[..colon].All(c => char.IsLetter(c) || c == ' ');

    /// <summary>What a name makes plain: "… County" and "… Parish" are counties, "… Township" and "… Borough" say so.</summary>
    private static JurisdictionType? TypeOf(string name) =>
        name.EndsWith(" County", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" Parish", StringComparison.OrdinalIgnoreCase) ? JurisdictionType.County
        : name.EndsWith(" Township", StringComparison.OrdinalIgnoreCase) ? JurisdictionType.Township
        : name.EndsWith(" Borough", StringComparison.OrdinalIgnoreCase) ? JurisdictionType.Borough
        : null;

    /// <summary>
    /// A capture that lost its title starts with the narrative, whose first sentence may end ", North Carolina.": a
    /// place name is short and has no verb, so such a line is no title.
    /// A label line ("Categories: Community Profiles, Massachusetts") is no title either: no place name opens with a
    /// word or two and a colon.
    /// </summary>
    private static bool IsSentence(string name) =>
        name.Length > 60 || name.Count(c => c == ' ') >= 7 || IsLabel(name)
        || name.Split(' ').Any(w => w is "is" or "was" or "are" or "were" or "has" or "have" or "lies" or "sits" or "covers");
}
