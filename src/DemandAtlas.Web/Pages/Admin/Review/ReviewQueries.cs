using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Review;

/// <summary>A waiting claim as the queue shows it, with the version of its place the decision will be checked against.</summary>
public sealed record QueueRow(
    int ClaimId,
    ClaimStatus Status,
    EvidenceStrength? Strength,
    int JurisdictionId,
    string Slug,
    string Name,
    string StateCode,
    long Version,
    string? SourceFile,
    string TacticSlug,
    string TacticName,
    IReadOnlyList<QueueEvidence> Evidence)
{
    /// <summary>What a decision form posts for this claim: its id and the version of its place the reviewer saw.</summary>
    public string Token => ReviewTarget.Format(ClaimId, Version);
}

public sealed record QueueEvidence(EvidenceKind Kind, string Text, int? Line, string? AddedBy);

/// <summary>How many claims one place has in one run of the queue (status and strength), for "decide all of these".</summary>
public sealed record QueueGroupKey(int JurisdictionId, ClaimStatus Status, EvidenceStrength? Strength);

public sealed record ReviewProgress(int ReviewedToday, int ReviewedTodayByMe, int PendingInView, int InferredInView, int AwaitingInAll)
{
    public int RemainingInView => PendingInView + InferredInView;
}

/// <summary>
/// The review queue's reads. Each status is one range of the index (Status, Strength, JurisdictionId, TacticId),
/// read in that order: weakest evidence first and a place's claims together, and a page is an offset into the
/// range rather than a sort of every waiting claim. Pending claims come before inferred ones, so a page is cut
/// from the pending range first and continues into the inferred one. Details are fetched for the page's ids only.
/// </summary>
/// <remarks>
/// Claims of deleted places are left out with <c>NOT IN</c> the (few) deleted ids rather than a join: joining
/// Jurisdictions reads a row of every waiting claim's place, measured at 130 ms against 9 ms on 115,000 claims.
/// Within a strength, places come in id order (import order), not by name: a name order would need a sort of the
/// whole range on every page.
/// </remarks>
public static class ReviewQueries
{
    public static IQueryable<TacticClaim> Awaiting(this AtlasDb db, ClaimStatus status) =>
        db.Claims.AsNoTracking()
            .Where(c => c.Status == status)
            .Where(c => !db.Jurisdictions.Where(j => j.DeletedAt != null).Select(j => j.Id).Contains(c.JurisdictionId));

    public static IQueryable<TacticClaim> Matching(this IQueryable<TacticClaim> claims, AtlasDb db, ReviewFilter filter)
    {
        if (filter.Strength is { } strength)
        {
            claims = claims.Where(c => c.Strength == strength);
        }

        if (filter.TacticId is { } tacticId)
        {
            claims = claims.Where(c => c.TacticId == tacticId);
        }

        if (filter.PlaceId is { } placeId)
        {
            claims = claims.Where(c => c.JurisdictionId == placeId);
        }

        if (filter.State is { } state)
        {
            claims = claims.Where(c => db.Jurisdictions.Where(j => j.StateCode == state).Select(j => j.Id).Contains(c.JurisdictionId));
        }

        return claims;
    }

    public static IOrderedQueryable<TacticClaim> InQueueOrder(this IQueryable<TacticClaim> claims) =>
        claims.OrderBy(c => c.Strength).ThenBy(c => c.JurisdictionId).ThenBy(c => c.TacticId);

    /// <summary>How many claims of each status the view holds.</summary>
    public static async Task<Dictionary<ClaimStatus, int>> CountsAsync(AtlasDb db, ReviewFilter filter, CancellationToken ct)
    {
        var counts = new Dictionary<ClaimStatus, int>();
        foreach (var status in ClaimReview.AwaitingInOrder)
        {
            counts[status] = filter.Statuses.Contains(status) ? await db.Awaiting(status).Matching(db, filter).CountAsync(ct) : 0;
        }

        return counts;
    }

    /// <summary>Claim ids (with their place) from <paramref name="skip"/> on in queue order, across the status ranges.</summary>
    public static async Task<List<(int ClaimId, int JurisdictionId)>> IdsAsync(AtlasDb db, ReviewFilter filter, IReadOnlyDictionary<ClaimStatus, int> counts, int skip, int take, CancellationToken ct)
    {
        var ids = new List<(int, int)>();
        foreach (var status in filter.Statuses)
        {
            if (ids.Count >= take)
            {
                break;
            }

            if (skip >= counts[status])
            {
                skip -= counts[status];
                continue;
            }

            var slice = await db.Awaiting(status).Matching(db, filter).InQueueOrder()
                .Skip(skip).Take(take - ids.Count)
                .Select(c => new { c.Id, c.JurisdictionId })
                .ToListAsync(ct);
            ids.AddRange(slice.Select(c => (c.Id, c.JurisdictionId)));
            skip = 0;
        }

        return ids;
    }

    public static async Task<Paged<QueueRow>> PageAsync(AtlasDb db, ReviewFilter filter, IReadOnlyDictionary<ClaimStatus, int> counts, CancellationToken ct)
    {
        var total = filter.Statuses.Sum(s => counts[s]);
        var ids = await IdsAsync(db, filter, counts, (filter.Page - 1) * ReviewFilter.PageSize, ReviewFilter.PageSize, ct);
        return new Paged<QueueRow>(await RowsAsync(db, [.. ids.Select(i => i.ClaimId)], ct), total, filter.Page, ReviewFilter.PageSize);
    }

    /// <summary>The claims with these ids, in the order given, each with its evidence (one query for all of it).</summary>
    public static async Task<List<QueueRow>> RowsAsync(AtlasDb db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var claims = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Status, c.Strength, c.JurisdictionId, c.Jurisdiction.Slug, c.Jurisdiction.Name, c.Jurisdiction.StateCode,
                c.Jurisdiction.Version, c.Jurisdiction.SourceFile, TacticSlug = c.Tactic.Slug, TacticName = c.Tactic.Name,
            })
            .ToDictionaryAsync(c => c.Id, ct);
        var evidence = (await db.Evidence.AsNoTracking()
            .Where(e => ids.Contains(e.ClaimId))
            .OrderBy(e => e.Line).ThenBy(e => e.Id)
            .Select(e => new { e.ClaimId, Evidence = new QueueEvidence(e.Kind, e.Text, e.Line, e.AddedBy) })
            .ToListAsync(ct))
            .ToLookup(e => e.ClaimId, e => e.Evidence);
        return [.. ids.Where(claims.ContainsKey).Select(id => claims[id]).Select(c => new QueueRow(
            c.Id, c.Status, c.Strength, c.JurisdictionId, c.Slug, c.Name, c.StateCode, c.Version, c.SourceFile, c.TacticSlug, c.TacticName, [.. evidence[c.Id]]))];
    }

    /// <summary>For the places on a page: how many claims each has in each run (status, strength) of this view.</summary>
    public static async Task<Dictionary<QueueGroupKey, int>> GroupSizesAsync(AtlasDb db, ReviewFilter filter, IReadOnlyList<QueueRow> rows, CancellationToken ct)
    {
        var places = rows.Select(r => r.JurisdictionId).Distinct().ToArray();
        var sizes = new Dictionary<QueueGroupKey, int>();
        foreach (var status in filter.Statuses.Where(s => rows.Any(r => r.Status == s)))
        {
            var groups = await db.Awaiting(status).Matching(db, filter)
                .Where(c => places.Contains(c.JurisdictionId))
                .GroupBy(c => new { c.JurisdictionId, c.Strength })
                .Select(g => new { g.Key.JurisdictionId, g.Key.Strength, Count = g.Count() })
                .ToListAsync(ct);
            foreach (var g in groups)
            {
                sizes[new QueueGroupKey(g.JurisdictionId, status, g.Strength)] = g.Count;
            }
        }

        return sizes;
    }

    public static async Task<ReviewProgress> ProgressAsync(AtlasDb db, IReadOnlyDictionary<ClaimStatus, int> inView, string reviewer, CancellationToken ct)
    {
        var today = new DateTimeOffset(db.Clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var reviewed = db.Claims.AsNoTracking().Where(c => c.ReviewedAt >= today);
        var awaiting = 0;
        foreach (var status in ClaimReview.AwaitingInOrder)
        {
            awaiting += await db.Awaiting(status).CountAsync(ct);
        }

        return new ReviewProgress(
            await reviewed.CountAsync(ct),
            await reviewed.CountAsync(c => c.ReviewedBy == reviewer, ct),
            inView[ClaimStatus.Pending],
            inView[ClaimStatus.Inferred],
            awaiting);
    }

    /// <summary>Waiting claims by status and strength, for the dashboard: one pass over the queue's index.</summary>
    public static async Task<Dictionary<(ClaimStatus Status, EvidenceStrength? Strength), int>> CountsByStrengthAsync(AtlasDb db, CancellationToken ct)
    {
        var counts = new Dictionary<(ClaimStatus, EvidenceStrength?), int>();
        foreach (var status in ClaimReview.AwaitingInOrder)
        {
            foreach (var g in await db.Awaiting(status).GroupBy(c => c.Strength).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                counts[(status, g.Key)] = g.Count;
            }
        }

        return counts;
    }
}
