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
    public static async Task<UsMap> ForMapAsync(this IQueryable<Jurisdiction> jurisdictions, AtlasDb db, CancellationToken ct, int cap = UsMap.DefaultCap, IReadOnlySet<string>? highlight = null)
    {
        var total = await jurisdictions.CountAsync(ct);
        var places = await jurisdictions
            .OrderByDescending(j => j.Population ?? 0)
            .ThenBy(j => j.Name)
            .Take(cap)
            .LoadPlacesAsync(db, ct);
        return UsMap.Build(places, total, highlight);
    }

    /// <summary>A profile's map: the jurisdiction, highlighted, and the neighbours its document names that have public profiles.</summary>
    public static async Task<UsMap> ForProfileAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        // The ids first: an OR of the slug and a subquery makes SQLite scan every jurisdiction.
        var id = await db.Jurisdictions.Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
        List<int> ids = id is null
            ? []
            : await db.RelatedJurisdictions
                .Where(r => r.JurisdictionId == id && r.MatchedJurisdictionId != null)
                .Select(r => r.MatchedJurisdictionId!.Value)
                .ToListAsync(ct);
        if (id is not null)
        {
            ids.Add(id.Value);
        }

        var query = db.PublicJurisdictions.Where(j => ids.Contains(j.Id));
        return await query.ForMapAsync(db, ct, highlight: new HashSet<string>(StringComparer.Ordinal) { slug });
    }

    /// <summary>
    /// The places with their public tactic names, in the query's order. Two queries, not one: EF's single-query
    /// projection of the tactic names becomes a LEFT JOIN on a derived table that SQLite materialises from the
    /// whole Claims table on every request; fetching the claims of these ids uses IX_Claims_JurisdictionId_TacticId.
    /// </summary>
    public static async Task<IReadOnlyList<MapPlace>> LoadPlacesAsync(this IQueryable<Jurisdiction> jurisdictions, AtlasDb db, CancellationToken ct)
    {
        var rows = await jurisdictions.AsNoTracking()
            .Select(j => new { j.Id, j.Slug, j.Name, j.StateCode, j.Type, j.Latitude, j.Longitude })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var tactics = (await db.Claims.AsNoTracking()
            .Where(Visibility.PublicClaim)
            .Where(c => ids.Contains(c.JurisdictionId))
            .Select(c => new { c.JurisdictionId, c.Tactic.SortOrder, c.Tactic.Name })
            .ToListAsync(ct))
            .OrderBy(c => c.SortOrder)
            .ToLookup(c => c.JurisdictionId, c => c.Name);
        return [.. rows.Select(r => new MapPlace(r.Slug, r.Name, r.StateCode, r.Type, r.Latitude, r.Longitude, [.. tactics[r.Id]]))];
    }
}
