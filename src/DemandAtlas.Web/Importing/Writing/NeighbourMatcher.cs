using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// Which jurisdiction a neighbour mention ("other towns in the county … include Westborough") names, for the
/// importer and staff edits alike: the place whose slug is the name plus the mentioning place's state, in that
/// state, and never the mentioning place itself.
/// </summary>
internal static class NeighbourMatcher
{
    /// <summary>The slug a mention is looked up by.</summary>
    public static string Key(string name, string stateCode) => Slugs.ForJurisdiction(name, stateCode);

    /// <param name="known">The stored jurisdiction with a slug, if any.</param>
    public static int? Match(string name, string stateCode, int? self, Func<string, KnownJurisdiction?> known) =>
        known(Key(name, stateCode)) is { } place && place.StateCode == stateCode && place.Id != self ? place.Id : null;

    public static string UnmatchedMessage(string name) => $"no profile in the directory matches the neighbour \"{name}\" yet";
}
