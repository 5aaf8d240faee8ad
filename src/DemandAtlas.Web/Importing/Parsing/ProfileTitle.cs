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
            if (name.Length == 0 || !name.Any(char.IsLetter))
            {
                return false;
            }

            profile.Name = name;
            profile.StateCode = state.Code;
            profile.StateName = state.Name;
            profile.Slug = Slugs.ForJurisdiction(name, state.Code);
            profile.Type = IsCounty(name) ? JurisdictionType.County : null;
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

    private static bool IsCounty(string name) =>
        name.EndsWith(" County", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" Parish", StringComparison.OrdinalIgnoreCase);
}
