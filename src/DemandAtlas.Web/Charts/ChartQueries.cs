using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Charts;

/// <summary>
/// The numbers behind the charts, for any set of jurisdictions (pass an already filtered, public query,
/// e.g. <c>db.PublicJurisdictions.Matching(filter)</c>). Rejected claims never count. Confidential claims
/// and operations count in these totals — they are never listed with their jurisdiction — except when the
/// set is so small (fewer than <see cref="MinimumSetForConfidential"/> jurisdictions, such as a profile)
/// that a total would point at one place.
/// </summary>
public static class ChartQueries
{
    public const int MinimumSetForConfidential = 3;

    /// <summary>Whether totals over this set may include confidential claims and operations.</summary>
    public static async Task<bool> MayCountConfidentialAsync(IQueryable<Jurisdiction> jurisdictions, CancellationToken ct) =>
        await jurisdictions.OrderBy(j => j.Id).Take(MinimumSetForConfidential).CountAsync(ct) >= MinimumSetForConfidential;

    /// <summary>Operations and arrests per year, every year from the first to the last (gaps as zeros); optionally one tactic's operations only.</summary>
    public static async Task<IReadOnlyList<YearTotal>> OperationsByYearAsync(IQueryable<Jurisdiction> jurisdictions, CancellationToken ct, string? tacticSlug = null)
    {
        var confidential = await MayCountConfidentialAsync(jurisdictions, ct);
        var operations = jurisdictions.SelectMany(j => j.Operations).Where(o => confidential || !o.IsConfidential);
        if (tacticSlug is not null)
        {
            operations = operations.Where(o => o.Tactics.Any(t => t.Tactic.Slug == tacticSlug));
        }

        var rows = await operations
            .GroupBy(o => o.Year)
            .Select(g => new YearTotal(g.Key, g.Count(), g.Sum(o => o.Arrests ?? 0)))
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var byYear = rows.ToDictionary(r => r.Year);
        var first = rows.Min(r => r.Year);
        var last = rows.Max(r => r.Year);
        return [.. Enumerable.Range(first, last - first + 1).Select(y => byYear.GetValueOrDefault(y) ?? new YearTotal(y, 0, 0))];
    }

    /// <summary>
    /// Operations and arrests per state, most operations first. Each state's row is a set of its own, so confidential
    /// operations count only in states with at least <see cref="MinimumSetForConfidential"/> jurisdictions in the set.
    /// </summary>
    public static async Task<IReadOnlyList<StateTotal>> OperationsByStateAsync(IQueryable<Jurisdiction> jurisdictions, CancellationToken ct)
    {
        var countedStates = jurisdictions.GroupBy(j => j.StateCode).Where(g => g.Count() >= MinimumSetForConfidential).Select(g => g.Key);
        var rows = await jurisdictions
            .SelectMany(j => j.Operations)
            .Where(o => !o.IsConfidential || countedStates.Contains(o.Jurisdiction.StateCode))
            .GroupBy(o => new { o.Jurisdiction.StateCode, o.Jurisdiction.StateName })
            .Select(g => new StateTotal(g.Key.StateCode, g.Key.StateName, g.Count(), g.Sum(o => o.Arrests ?? 0)))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Operations).ThenBy(r => r.StateCode, StringComparer.Ordinal)];
    }

    /// <summary>How many jurisdictions in the set use each tactic (every tactic, zeros included, in catalogue order).</summary>
    public static async Task<IReadOnlyList<TacticCount>> AdoptionAsync(AtlasDb db, IQueryable<Jurisdiction> jurisdictions, CancellationToken ct)
    {
        var confidential = await MayCountConfidentialAsync(jurisdictions, ct);
        // A jurisdiction has at most one claim per tactic (unique index), so counting claims counts jurisdictions.
        var counts = await jurisdictions
            .SelectMany(j => j.Claims.AsQueryable().Where(Visibility.CountedClaim))
            .Where(c => confidential || !c.IsConfidential)
            .GroupBy(c => c.TacticId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var tactics = await TacticsAsync(db, ct);
        return [.. tactics.Select(t => new TacticCount(new ChartTactic(t.Slug, t.Name), counts.GetValueOrDefault(t.Id)))];
    }

    /// <summary>For each pair of tactics, how many jurisdictions in the set use both.</summary>
    public static async Task<CoOccurrence> CoOccurrenceAsync(AtlasDb db, IQueryable<Jurisdiction> jurisdictions, CancellationToken ct)
    {
        var pairs = await ClaimPairsAsync(jurisdictions, ct);
        var used = pairs.Select(p => p.TacticId).ToHashSet();
        var tactics = (await TacticsAsync(db, ct)).Where(t => used.Contains(t.Id)).ToList();
        var index = tactics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var counts = tactics.Select(_ => new int[tactics.Count]).ToArray();
        foreach (var group in pairs.GroupBy(p => p.JurisdictionId))
        {
            var ids = group.Select(p => index[p.TacticId]).ToArray();
            foreach (var a in ids)
            {
                foreach (var b in ids)
                {
                    counts[a][b]++;
                }
            }
        }

        return new CoOccurrence([.. tactics.Select(t => new ChartTactic(t.Slug, t.Name))], counts);
    }

    private sealed record ClaimPair(int JurisdictionId, int TacticId);

    private sealed record TacticRow(int Id, string Slug, string Name);

    /// <summary>Distinct (jurisdiction, tactic) pairs of counted claims.</summary>
    private static async Task<List<ClaimPair>> ClaimPairsAsync(IQueryable<Jurisdiction> jurisdictions, CancellationToken ct)
    {
        var confidential = await MayCountConfidentialAsync(jurisdictions, ct);
        return await jurisdictions
            .SelectMany(j => j.Claims.AsQueryable().Where(Visibility.CountedClaim))
            .Where(c => confidential || !c.IsConfidential)
            .Select(c => new ClaimPair(c.JurisdictionId, c.TacticId))
            .Distinct()
            .ToListAsync(ct);
    }

    private static async Task<List<TacticRow>> TacticsAsync(AtlasDb db, CancellationToken ct) =>
        await db.Tactics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).Select(t => new TacticRow(t.Id, t.Slug, t.Name)).ToListAsync(ct);
}
