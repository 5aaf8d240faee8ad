using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Geo;

/// <summary>Reads only what the map draws. Callers pass an already filtered, public query.</summary>
public static class MapQueries
{
    /// <summary>
    /// The map for a result set: at most <paramref name="cap"/> jurisdictions, the most populous first
    /// (so a capped national map still shows the big places), and the true total so the map can say it is capped.
    /// </summary>
    public static async Task<UsMap> ForMapAsync(this IQueryable<Jurisdiction> jurisdictions, CancellationToken ct, int cap = UsMap.DefaultCap, IReadOnlySet<string>? highlight = null)
    {
        var total = await jurisdictions.CountAsync(ct);
        var places = await jurisdictions
            .OrderByDescending(j => j.Population ?? 0)
            .ThenBy(j => j.Name)
            .Take(cap)
            .SelectPlaces()
            .ToListAsync(ct);
        return UsMap.Build(places, total, highlight);
    }

    /// <summary>A profile's map: the jurisdiction, highlighted, and the neighbours its document names that have public profiles.</summary>
    public static async Task<UsMap> ForProfileAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        var neighbourIds = db.RelatedJurisdictions
            .Where(r => r.Jurisdiction.Slug == slug && r.MatchedJurisdictionId != null)
            .Select(r => r.MatchedJurisdictionId!.Value);
        var query = db.PublicJurisdictions.Where(j => j.Slug == slug || neighbourIds.Contains(j.Id));
        return await query.ForMapAsync(ct, highlight: new HashSet<string>(StringComparer.Ordinal) { slug });
    }

    public static IQueryable<MapPlace> SelectPlaces(this IQueryable<Jurisdiction> jurisdictions) =>
        jurisdictions.AsNoTracking().Select(j => new MapPlace(
            j.Slug,
            j.Name,
            j.StateCode,
            j.Type,
            j.Latitude,
            j.Longitude,
            j.Claims
                .Where(c => c.Status != ClaimStatus.Rejected && !c.IsConfidential)
                .OrderBy(c => c.Tactic.SortOrder)
                .Select(c => c.Tactic.Name)
                .ToList()));
}
