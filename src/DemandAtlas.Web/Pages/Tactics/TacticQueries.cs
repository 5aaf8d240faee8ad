using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Tactics;

/// <summary>
/// A tactic with its reach. Counts include confidential claims and operations (they are real and public
/// totals must not shrink to hide them) but exclude rejected claims and unpublished or deleted places.
/// </summary>
public sealed record TacticSummary(int Id, string Slug, string Name, string Description, string? NationalContext, int Jurisdictions, int Operations);

public static class TacticQueries
{
    /// <summary>Operation tactics counted in public totals.</summary>
    public static IQueryable<OperationTactic> CountedOperationTactics(this AtlasDb db) =>
        db.CountedOperations.AsNoTracking().SelectMany(o => o.Tactics);

    /// <summary>All fifteen with their counts: two grouped passes rather than two subqueries per tactic.</summary>
    public static async Task<IReadOnlyList<TacticSummary>> AllAsync(AtlasDb db, CancellationToken ct)
    {
        var places = await db.CountedClaims.AsNoTracking().GroupBy(c => c.TacticId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var operations = await db.CountedOperationTactics().GroupBy(o => o.TacticId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var tactics = await db.Tactics.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Description, t.NationalContext })
            .ToListAsync(ct);
        return [.. tactics.Select(t => new TacticSummary(t.Id, t.Slug, t.Name, t.Description, t.NationalContext, places.GetValueOrDefault(t.Id), operations.GetValueOrDefault(t.Id)))];
    }

    public static async Task<TacticSummary?> BySlugAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        var tactic = await db.Tactics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Description, t.NationalContext })
            .FirstOrDefaultAsync(ct);
        if (tactic is null)
        {
            return null;
        }

        var places = await db.CountedClaims.AsNoTracking().CountAsync(c => c.TacticId == tactic.Id, ct);
        var operations = await db.CountedOperationTactics().CountAsync(o => o.TacticId == tactic.Id, ct);
        return new TacticSummary(tactic.Id, tactic.Slug, tactic.Name, tactic.Description, tactic.NationalContext, places, operations);
    }
}
