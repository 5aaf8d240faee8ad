using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin;

/// <summary>What needs staff attention: unreviewed import warnings, inferred claims, recent edits.</summary>
public sealed class IndexModel(AtlasDb db) : PageModel
{
    public DashboardTotals Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<WarningGroup> Warnings { get; private set; } = [];
    public IReadOnlyList<ClaimRow> Inferred { get; private set; } = [];
    public IReadOnlyList<RevisionRow> Recent { get; private set; } = [];
    public IReadOnlyList<JurisdictionLink> WithoutCoordinates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var live = db.Jurisdictions.Where(j => j.DeletedAt == null);
        Totals = new DashboardTotals(
            await live.CountAsync(cancellationToken),
            await live.CountAsync(j => j.IsPublished, cancellationToken),
            await live.CountAsync(j => !j.IsPublished, cancellationToken),
            await db.Claims.CountAsync(c => c.Status == ClaimStatus.Inferred && c.Jurisdiction.DeletedAt == null, cancellationToken),
            await db.Partners.CountAsync(cancellationToken));
        var groups = await db.ImportWarnings.AsNoTracking()
            .Where(w => w.ReviewedAt == null && w.Jurisdiction.DeletedAt == null)
            .GroupBy(w => w.Code)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Warnings = [.. groups.OrderByDescending(g => g.Count).Select(g => new WarningGroup(g.Key, g.Count))];
        Inferred = await db.Claims.AsNoTracking()
            .Where(c => c.Status == ClaimStatus.Inferred && c.Jurisdiction.DeletedAt == null)
            .OrderBy(c => c.Jurisdiction.Name)
            .Take(50)
            .Select(c => new ClaimRow(c.Jurisdiction.Slug, c.Jurisdiction.Name, c.Jurisdiction.StateCode, c.Tactic.Name, c.IsConfidential))
            .ToListAsync(cancellationToken);
        Recent = await db.Revisions.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt)
            .Take(20)
            .Select(r => new RevisionRow(r.Jurisdiction.Slug, r.Jurisdiction.Name, r.Number, r.Author, r.CreatedAt, r.Summary))
            .ToListAsync(cancellationToken);
        WithoutCoordinates = await live.AsNoTracking()
            .Where(j => j.Latitude == null || j.Longitude == null)
            .OrderBy(j => j.Name)
            .Take(50)
            .Select(j => new JurisdictionLink(j.Slug, j.Name, j.StateCode))
            .ToListAsync(cancellationToken);
    }

    public sealed record DashboardTotals(int Jurisdictions, int Published, int Drafts, int InferredClaims, int Partners);

    public sealed record WarningGroup(string Code, int Count);

    public sealed record ClaimRow(string Slug, string Name, string StateCode, string Tactic, bool IsConfidential);

    public sealed record RevisionRow(string Slug, string Name, int Number, string Author, DateTimeOffset At, string Summary);

    public sealed record JurisdictionLink(string Slug, string Name, string StateCode);
}
