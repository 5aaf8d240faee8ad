using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// The output cache's key for a public page's content: the index version at which the parts of the directory the
/// page shows last changed. A list is a function of the places it matches, so a change moves its key only when the
/// changed place was or is among them — as far as its state, type and tactics tell. A profile moves with its own
/// place and the roster its neighbour links and map come from; a state or tactic page with that state or tactic.
/// Anything else (home, indexes, partners, operations, CSV) shows directory-wide figures and moves with every
/// change (<see cref="DirectoryIndex.Version"/>).
/// </summary>
public static class PageStamps
{
    public static long Of(PathString path, IQueryCollection query, DirectoryIndex index)
    {
        var segments = (path.Value ?? "").Trim('/').Split('/');
        return segments switch
        {
            ["jurisdictions"] or ["api", "jurisdictions"] => ListOf(query, index),
            ["jurisdictions", var slug] => PlaceOf(slug, index),
            ["api", "jurisdictions", var slug] => PlaceOf(slug, index),
            ["states", var code] when UsStates.FromCode(code) is { } state => index.Stamps.State(state.Code),
            ["tactics", var slug] when index.TacticsBySlug.TryGetValue(slug, out var tactic) && index.BitOf(tactic.Id) is { } bit => index.Stamps.Tactic(bit),
            _ => index.Version,
        };
    }

    /// <summary>
    /// A changed place moves every part it was or is in, so a list it was or is on has every filtered part moved:
    /// the oldest of them then moves too. A list filtered on none of them moves with every change.
    /// </summary>
    private static long ListOf(IQueryCollection query, DirectoryIndex index)
    {
        if (JurisdictionFilter.Parse(query, index.TacticsBySlug).Filter is not { } filter)
        {
            return index.Version;
        }

        var stamps = index.Stamps;
        var parts = new List<long>(3);
        if (filter.State is { } state)
        {
            parts.Add(stamps.State(state));
        }

        if (filter.Type is { } type)
        {
            parts.Add(stamps.Type(type));
        }

        var tactics = filter.Tactics.Select(t => index.BitOf(t.Id) is { } bit ? stamps.Tactic(bit) : index.Version).ToList();
        if (tactics.Count > 0)
        {
            // All: a place on the list has every one of them. Any: it has at least one, which moved.
            parts.Add(filter.MatchAll ? tactics.Min() : tactics.Max());
        }

        return parts.Count == 0 ? index.Version : parts.Min();
    }

    /// <summary>A place's own pages (its profile, its API document): its own rows, and the roster for its neighbours.</summary>
    private static long PlaceOf(string slug, DirectoryIndex index) =>
        index.BySlug(slug) is { } place ? Math.Max(place.Stamp, index.Stamps.Roster) : index.Version;
}
