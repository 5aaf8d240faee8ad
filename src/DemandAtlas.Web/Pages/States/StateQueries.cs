using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.States;

public sealed record StateCount(string Code, string Name, int Jurisdictions);

public sealed record StateTacticCount(string Slug, string Name, int Jurisdictions);

public static class StateQueries
{
    public static async Task<IReadOnlyList<StateCount>> AllAsync(AtlasDb db, CancellationToken ct) =>
        await db.PublicJurisdictions.AsNoTracking()
            .GroupBy(j => new { j.StateCode, j.StateName })
            .OrderBy(g => g.Key.StateName)
            .Select(g => new StateCount(g.Key.StateCode, g.Key.StateName, g.Count()))
            .ToListAsync(ct);

    /// <summary>
    /// Whether the state's totals may count confidential claims and operations: not when it has fewer than
    /// <see cref="ChartQueries.MinimumSetForConfidential"/> public jurisdictions, where a count would point at one of them.
    /// </summary>
    public static Task<bool> MayCountConfidentialAsync(AtlasDb db, string stateCode, CancellationToken ct) =>
        ChartQueries.MayCountConfidentialAsync(db.PublicJurisdictions.Where(j => j.StateCode == stateCode), ct);

    /// <summary>How many of the state's public jurisdictions use each tactic; rejected claims never count, confidential ones only when allowed.</summary>
    public static async Task<IReadOnlyList<StateTacticCount>> TacticCountsAsync(AtlasDb db, string stateCode, bool countConfidential, CancellationToken ct)
    {
        var counts = await db.PublicJurisdictions.AsNoTracking()
            .Where(j => j.StateCode == stateCode)
            .SelectMany(j => j.Claims.AsQueryable().Where(Visibility.CountedClaim))
            .Where(c => countConfidential || !c.IsConfidential)
            .GroupBy(c => c.TacticId)
            .Select(g => new { TacticId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TacticId, g => g.Count, ct);
        var tactics = await db.Tactics.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(ct);
        return [.. tactics.Select(t => new StateTacticCount(t.Slug, t.Name, counts.GetValueOrDefault(t.Id)))];
    }
}
