using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Reads the public directory out of SQL for <see cref="DirectoryIndex"/>: every place, or the few a change named.
/// Projected queries, each a single pass over its table (or an indexed lookup of the given ids); which rows are
/// public is decided by <see cref="Visibility"/> alone, in SQL for places and in memory for claims and operations.
/// A claim is stated when its strength (the store keeps its strongest evidence's, see <see cref="EvidenceStrengths"/>)
/// is stated or editor, as <see cref="Visibility.StatedEvidence"/> says of its evidence.
/// </summary>
public static class DirectoryLoader
{
    public static async Task<IReadOnlyList<IndexedTactic>> TacticsAsync(AtlasDb db, CancellationToken ct) =>
        await db.Tactics.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new IndexedTactic(t.Id, t.Slug, t.Name, t.Description, t.NationalContext))
            .ToListAsync(ct);

    /// <summary>The public places among <paramref name="ids"/> (every public place when null), with their facts.</summary>
    /// <remarks>
    /// For every place, each child table is read whole, in one pass over its narrow rows, and kept for the public
    /// places in memory; joining each to the wide jurisdiction rows (narratives and all) took four times as long at
    /// 30,000 places. For a few changed places, each is an indexed lookup by jurisdiction.
    /// </remarks>
    public static async Task<List<DirectoryPlace>> PlacesAsync(AtlasDb db, IReadOnlyList<IndexedTactic> tactics, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var places = ids is null ? db.PublicJurisdictions.AsNoTracking() : db.PublicJurisdictions.AsNoTracking().Where(j => ids.Contains(j.Id));
        var rows = await places
            .Select(j => new { j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population, j.UpdatedAt, j.Latitude, j.Longitude })
            .ToListAsync(ct);
        var shown = rows.Select(j => j.Id).ToHashSet();
        var claims = (await (ids is null ? db.Claims : db.Claims.Where(c => ids.Contains(c.JurisdictionId))).AsNoTracking()
            .Select(c => new { c.JurisdictionId, c.TacticId, c.Status, c.IsConfidential, c.Strength })
            .ToListAsync(ct))
            .Where(c => shown.Contains(c.JurisdictionId))
            .ToLookup(c => c.JurisdictionId);
        var operations = (await (ids is null ? db.Operations : db.Operations.Where(o => ids.Contains(o.JurisdictionId))).AsNoTracking()
            .Select(o => new { o.Id, o.JurisdictionId, o.Year, o.Month, o.Day, o.Arrests, o.IsConfidential })
            .ToListAsync(ct))
            .Where(o => shown.Contains(o.JurisdictionId))
            .ToLookup(o => o.JurisdictionId);
        // An operation counts under a tactic as its place's claim does: a rejected or pending claim's tactic not at all.
        var operationTactics = (await (ids is null ? db.OperationTactics : db.OperationTactics.Where(t => ids.Contains(t.Operation.JurisdictionId)))
            .Where(Visibility.CountedOperationTactic).AsNoTracking()
            .Select(t => new { t.OperationId, t.TacticId })
            .ToListAsync(ct))
            .ToLookup(t => t.OperationId, t => t.TacticId);
        // Partner names by id, so a partner of many places is one string in memory, not one per place.
        var partnerLinks = await (ids is null ? db.JurisdictionPartners : db.JurisdictionPartners.Where(p => ids.Contains(p.JurisdictionId))).AsNoTracking()
            .Select(p => new { p.JurisdictionId, p.PartnerId })
            .ToListAsync(ct);
        var partnerIds = ids is null ? null : partnerLinks.Select(p => p.PartnerId).Distinct().ToList();
        var partnerNames = await (partnerIds is null ? db.Partners : db.Partners.Where(p => partnerIds.Contains(p.Id))).AsNoTracking()
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var partners = partnerLinks.Where(p => shown.Contains(p.JurisdictionId)).ToLookup(p => p.JurisdictionId, p => partnerNames[p.PartnerId]);

        var bits = tactics.Select((t, bit) => (t.Id, bit)).ToDictionary(x => x.Id, x => x.bit);
        TacticMask Mask(IEnumerable<int> tacticIds) =>
            tacticIds.Aggregate(default(TacticMask), (mask, id) => bits.TryGetValue(id, out var bit) ? mask.With(bit) : mask);

        return [.. rows.Select(j =>
        {
            var own = claims[j.Id].Select(c => (c.TacticId, Stated: c.Strength >= EvidenceStrength.Stated, Claim: new TacticClaim { Status = c.Status, IsConfidential = c.IsConfidential })).ToList();
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
    /// The newest public operations, newest first (as <see cref="OperationQueries.NewestFirst"/> orders them: year,
    /// month, day, id; unknown months and days last): one pass keeping the best few, never a full sort.
    /// </summary>
    public static List<PlaceOperation> NewestOperations(IEnumerable<DirectoryPlace> places, int count)
    {
        var best = new List<PlaceOperation>(count + 1);
        foreach (var place in places)
        {
            Keep(best, place.Operations, count);
        }

        return best;
    }

    /// <summary>
    /// The same list after an edit, from the previous one alone: without the edited places' operations as they
    /// were, with theirs as they are. Every operation left out was older than the whole previous list, so the
    /// first <c>previous − removed</c> entries are right; null when fewer than <paramref name="needed"/> are (a full
    /// pass then), so a save costs what it touched, not what the directory holds.
    /// </summary>
    public static List<PlaceOperation>? NewestOperationsAfter(
        IReadOnlyList<PlaceOperation> previous, IEnumerable<PlaceOperation> removed, IEnumerable<PlaceOperation> added, int count, int needed)
    {
        var gone = removed.Select(o => o.Id).ToHashSet();
        var kept = previous.Where(o => !gone.Contains(o.Id)).ToList();
        // A short list may itself be a cut one, so it never counts as holding every operation.
        var sure = kept.Count;
        if (sure < needed)
        {
            return null;
        }

        Keep(kept, [.. added], count);
        return kept.Count > sure ? kept.GetRange(0, sure) : kept;
    }

    private static void Keep(List<PlaceOperation> best, IReadOnlyList<PlaceOperation> operations, int count)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
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
