using System.Linq.Expressions;
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
    /// 30,000 places. For a few changed places (every save), each is an indexed lookup by jurisdiction, compiled.
    /// </remarks>
    public static async Task<List<DirectoryPlace>> PlacesAsync(AtlasDb db, IReadOnlyList<IndexedTactic> tactics, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var read = ids is null ? await Tables.AllAsync(db, ct) : await Tables.OfAsync(db, [.. ids], ct);
        var rows = read.Places;
        var shown = rows.Select(j => j.Id).ToHashSet();
        var claims = read.Claims.Where(c => shown.Contains(c.JurisdictionId)).ToLookup(c => c.JurisdictionId);
        var operations = read.Operations.Where(o => shown.Contains(o.JurisdictionId)).ToLookup(o => o.JurisdictionId);
        var operationTactics = read.OperationTactics.ToLookup(o => o.OperationId, o => o.TacticId);
        var partners = read.PartnerLinks.Where(p => shown.Contains(p.JurisdictionId)).ToLookup(p => p.JurisdictionId, p => read.PartnerNames[p.PartnerId]);

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

    private sealed record PlaceRow(int Id, string Slug, string Name, string StateCode, string StateName, JurisdictionType? Type, string? County, int? Population, DateTimeOffset UpdatedAt, double? Latitude, double? Longitude);

    private sealed record ClaimRow(int JurisdictionId, int TacticId, ClaimStatus Status, bool IsConfidential, EvidenceStrength? Strength);

    private sealed record OperationFacts(int Id, int JurisdictionId, int Year, int? Month, int? Day, int? Arrests, bool IsConfidential);

    private sealed record OperationTacticRow(int OperationId, int TacticId);

    private sealed record PartnerLink(int JurisdictionId, int PartnerId);

    private sealed record PartnerName(int Id, string Name);

    /// <summary>
    /// The rows a place is made of, read the same way for the whole directory and for a few places: one projection
    /// per table, written once. Operation tactics count as their place's claim does: a rejected or pending claim's
    /// tactic not at all. Partner names are read by id, so a partner of many places is one string in memory.
    /// </summary>
    private sealed record Tables(
        List<PlaceRow> Places, List<ClaimRow> Claims, List<OperationFacts> Operations, List<OperationTacticRow> OperationTactics,
        List<PartnerLink> PartnerLinks, Dictionary<int, string> PartnerNames)
    {
        private static readonly Expression<Func<Jurisdiction, PlaceRow>> Place = j =>
            new PlaceRow(j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population, j.UpdatedAt, j.Latitude, j.Longitude);

        private static readonly Expression<Func<TacticClaim, ClaimRow>> Claim = c => new ClaimRow(c.JurisdictionId, c.TacticId, c.Status, c.IsConfidential, c.Strength);

        private static readonly Expression<Func<Operation, OperationFacts>> Operation = o => new OperationFacts(o.Id, o.JurisdictionId, o.Year, o.Month, o.Day, o.Arrests, o.IsConfidential);

        private static readonly Expression<Func<OperationTactic, OperationTacticRow>> OperationTactic = t => new OperationTacticRow(t.OperationId, t.TacticId);

        private static readonly Expression<Func<JurisdictionPartner, PartnerLink>> Link = p => new PartnerLink(p.JurisdictionId, p.PartnerId);

        private static readonly Expression<Func<Partner, PartnerName>> Name = p => new PartnerName(p.Id, p.Name);

        public static async Task<Tables> AllAsync(AtlasDb db, CancellationToken ct) => new(
            await db.Jurisdictions.AsNoTracking().Where(Visibility.PublicJurisdiction).Select(Place).ToListAsync(ct),
            await db.Claims.AsNoTracking().Select(Claim).ToListAsync(ct),
            await db.Operations.AsNoTracking().Select(Operation).ToListAsync(ct),
            await db.OperationTactics.AsNoTracking().Where(Visibility.CountedOperationTactic).Select(OperationTactic).ToListAsync(ct),
            await db.JurisdictionPartners.AsNoTracking().Select(Link).ToListAsync(ct),
            await db.Partners.AsNoTracking().Select(Name).ToDictionaryAsync(p => p.Id, p => p.Name, ct));

        public static async Task<Tables> OfAsync(AtlasDb db, int[] ids, CancellationToken ct)
        {
            var q = CompiledQueries.For<Of>(db);
            var links = await q.Links(db, ids).ToListAsync(ct);
            return new(
                await q.Places(db, ids).ToListAsync(ct),
                await q.Claims(db, ids).ToListAsync(ct),
                await q.Operations(db, ids).ToListAsync(ct),
                await q.OperationTactics(db, ids).ToListAsync(ct),
                links,
                (await q.Names(db, [.. links.Select(l => l.PartnerId).Distinct()]).ToListAsync(ct)).ToDictionary(p => p.Id, p => p.Name));
        }

        /// <summary>Compiled: every save runs them, and translating six queries a save was most of the loader's CPU in a profile of saves.</summary>
        private sealed class Of
        {
            public readonly Func<AtlasDb, int[], IAsyncEnumerable<PlaceRow>> Places = EF.CompileAsyncQuery(
                (AtlasDb db, int[] ids) => db.Jurisdictions.AsNoTracking().Where(Visibility.PublicJurisdiction).Where(j => ids.Contains(j.Id)).Select(Place));

            public readonly Func<AtlasDb, int[], IAsyncEnumerable<ClaimRow>> Claims = EF.CompileAsyncQuery(
                (AtlasDb db, int[] ids) => db.Claims.AsNoTracking().Where(c => ids.Contains(c.JurisdictionId)).Select(Claim));

            public readonly Func<AtlasDb, int[], IAsyncEnumerable<OperationFacts>> Operations = EF.CompileAsyncQuery(
                (AtlasDb db, int[] ids) => db.Operations.AsNoTracking().Where(o => ids.Contains(o.JurisdictionId)).Select(Operation));

            public readonly Func<AtlasDb, int[], IAsyncEnumerable<OperationTacticRow>> OperationTactics = EF.CompileAsyncQuery(
                (AtlasDb db, int[] ids) => db.OperationTactics.AsNoTracking().Where(t => ids.Contains(t.Operation.JurisdictionId)).Where(Visibility.CountedOperationTactic).Select(OperationTactic));

            public readonly Func<AtlasDb, int[], IAsyncEnumerable<PartnerLink>> Links = EF.CompileAsyncQuery(
                (AtlasDb db, int[] ids) => db.JurisdictionPartners.AsNoTracking().Where(p => ids.Contains(p.JurisdictionId)).Select(Link));

            public readonly Func<AtlasDb, int[], IAsyncEnumerable<PartnerName>> Names = EF.CompileAsyncQuery(
                (AtlasDb db, int[] partnerIds) => db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).Select(Name));
        }
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
