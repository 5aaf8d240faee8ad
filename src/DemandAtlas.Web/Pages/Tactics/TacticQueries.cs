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
    public static IQueryable<TacticSummary> Summaries(this AtlasDb db) =>
        db.Tactics.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new TacticSummary(
                t.Id,
                t.Slug,
                t.Name,
                t.Description,
                t.NationalContext,
                db.Claims.Count(c => c.TacticId == t.Id && c.Status != ClaimStatus.Rejected && c.Jurisdiction.IsPublished && c.Jurisdiction.DeletedAt == null),
                db.OperationTactics.Count(o => o.TacticId == t.Id && o.Operation.Jurisdiction.IsPublished && o.Operation.Jurisdiction.DeletedAt == null)));

    public static async Task<IReadOnlyList<TacticSummary>> AllAsync(AtlasDb db, CancellationToken ct) =>
        await db.Summaries().ToListAsync(ct);

    public static Task<TacticSummary?> BySlugAsync(AtlasDb db, string slug, CancellationToken ct) =>
        db.Summaries().FirstOrDefaultAsync(t => t.Slug == slug, ct);
}
