using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Reads the public directory out of SQL for <see cref="DirectoryIndex"/>: every place, or the few a change named.
/// Five projected queries, each a single pass over its table (or an indexed lookup of the given ids); which rows are
/// public is decided by <see cref="Visibility"/> alone, in SQL for places and in memory for claims and operations.
/// </summary>
public static class DirectoryLoader
{
    public static async Task<IReadOnlyList<IndexedTactic>> TacticsAsync(AtlasDb db, CancellationToken ct) =>
        await db.Tactics.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new IndexedTactic(t.Id, t.Slug, t.Name, t.Description, t.NationalContext))
            .ToListAsync(ct);

    /// <summary>The public places among <paramref name="ids"/> (every public place when null), with their facts.</summary>
    public static async Task<List<DirectoryPlace>> PlacesAsync(AtlasDb db, IReadOnlyList<IndexedTactic> tactics, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var places = ids is null ? db.PublicJurisdictions.AsNoTracking() : db.PublicJurisdictions.AsNoTracking().Where(j => ids.Contains(j.Id));
        var rows = await places
            .Select(j => new { j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population, j.UpdatedAt, j.Latitude, j.Longitude })
            .ToListAsync(ct);
        var claims = (await places.SelectMany(j => j.Claims)
            .Select(c => new { c.JurisdictionId, c.TacticId, c.Status, c.IsConfidential, Stated = c.Evidence.AsQueryable().Any(Visibility.StatedEvidence) })
            .ToListAsync(ct))
            .ToLookup(c => c.JurisdictionId);
        var operations = (await places.SelectMany(j => j.Operations)
            .Select(o => new { o.Id, o.JurisdictionId, o.Year, o.Month, o.Day, o.Arrests, o.IsConfidential })
            .ToListAsync(ct))
            .ToLookup(o => o.JurisdictionId);
        // An operation counts under a tactic as its place's claim does: a rejected or pending claim's tactic not at all.
        var operationTactics = (await places.SelectMany(j => j.Operations).SelectMany(o => o.Tactics.AsQueryable().Where(Visibility.CountedOperationTactic))
            .Select(t => new { t.OperationId, t.TacticId })
            .ToListAsync(ct))
            .ToLookup(t => t.OperationId, t => t.TacticId);
        var partners = (await places.SelectMany(j => j.Partners)
            .Select(p => new { p.JurisdictionId, p.Partner.Name })
            .ToListAsync(ct))
            .ToLookup(p => p.JurisdictionId, p => p.Name);

        var bits = tactics.Select((t, bit) => (t.Id, bit)).ToDictionary(x => x.Id, x => x.bit);
        TacticMask Mask(IEnumerable<int> tacticIds) =>
            tacticIds.Aggregate(default(TacticMask), (mask, id) => bits.TryGetValue(id, out var bit) ? mask.With(bit) : mask);

        return [.. rows.Select(j =>
        {
            var own = claims[j.Id].Select(c => (c.TacticId, c.Stated, Claim: new TacticClaim { Status = c.Status, IsConfidential = c.IsConfidential })).ToList();
            var counted = own.Where(c => Visibility.IsCountedClaim(c.Claim)).ToList();
            var shown = counted.Where(c => Visibility.IsPublicClaim(c.Claim)).ToList();
            return new DirectoryPlace(
                j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population, j.UpdatedAt, j.Latitude, j.Longitude,
                PublicTactics: Mask(shown.Select(c => c.TacticId)),
                CountedTactics: Mask(counted.Select(c => c.TacticId)),
                StatedTactics: Mask(shown.Where(c => c.Stated).Select(c => c.TacticId)),
                PartnerNames: [.. partners[j.Id]],
                Operations: [.. operations[j.Id].Select(o => new PlaceOperation(
                    o.Id, o.Year, o.Month, o.Day, o.Arrests, Mask(operationTactics[o.Id]),
                    Visibility.IsPublicOperation(new Operation { Summary = "", IsConfidential = o.IsConfidential })))]);
        })];
    }

    /// <summary>
    /// The ids of the newest public operations, newest first (as <see cref="OperationQueries.NewestFirst"/> orders
    /// them: year, month, day, id; unknown months and days last): one pass keeping the best few, never a full sort.
    /// </summary>
    public static List<int> NewestOperationIds(IEnumerable<DirectoryPlace> places, int count)
    {
        var best = new List<PlaceOperation>(count + 1);
        foreach (var operation in places.SelectMany(p => p.Operations))
        {
            if (!operation.IsPublic || (best.Count == count && Newer(operation, best[^1]) <= 0))
            {
                continue;
            }

            var at = best.FindIndex(b => Newer(operation, b) > 0);
            best.Insert(at < 0 ? best.Count : at, operation);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return [.. best.Select(o => o.Id)];
    }

    /// <summary>The rows of those operations with their tactics and partners, in the same order.</summary>
    public static async Task<IReadOnlyList<OperationRow>> OperationRowsAsync(AtlasDb db, List<int> ids, CancellationToken ct)
    {
        var rows = await db.PublicOperations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToRowsAsync(db, ct);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Id))];
    }

    private static int Newer(PlaceOperation a, PlaceOperation b) =>
        (a.Year, a.Month ?? int.MinValue, a.Day ?? int.MinValue, a.Id).CompareTo((b.Year, b.Month ?? int.MinValue, b.Day ?? int.MinValue, b.Id));
}
