using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Admin.Review;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin;

/// <summary>What needs staff attention: unreviewed import warnings, claims waiting for review (counts, linking into the queue), recent edits.</summary>
public sealed class IndexModel(AtlasDb db) : PageModel
{
    public DashboardTotals Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<WarningGroup> Warnings { get; private set; } = [];
    /// <summary>Waiting claims by status and evidence strength (null: no evidence left).</summary>
    public IReadOnlyDictionary<(ClaimStatus Status, EvidenceStrength? Strength), int> Awaiting { get; private set; } = new Dictionary<(ClaimStatus, EvidenceStrength?), int>();
    public int ReviewedToday { get; private set; }

    /// <summary>Weakest first; "no evidence" only when some waiting claim has none left.</summary>
    public IReadOnlyList<EvidenceStrength?> StrengthColumns =>
        [.. Awaiting.Keys.Any(k => k.Strength is null) ? [null] : Array.Empty<EvidenceStrength?>(), .. EvidenceStrengths.WeakestFirst.Select(s => (EvidenceStrength?)s)];
    public IReadOnlyList<RevisionRow> Recent { get; private set; } = [];
    public IReadOnlyList<JurisdictionLink> WithoutCoordinates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var live = db.Jurisdictions.Where(j => j.DeletedAt == null);
        Awaiting = await ReviewQueries.CountsByStrengthAsync(db, cancellationToken);
        var today = new DateTimeOffset(db.Clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        ReviewedToday = await db.Claims.CountAsync(c => c.ReviewedAt >= today, cancellationToken);
        Totals = new DashboardTotals(
            await live.CountAsync(cancellationToken),
            await live.CountAsync(j => j.IsPublished, cancellationToken),
            await live.CountAsync(j => !j.IsPublished, cancellationToken),
            Awaiting.Values.Sum(),
            await db.Partners.CountAsync(cancellationToken));
        var groups = await db.ImportWarnings.AsNoTracking()
            .Where(w => w.ReviewedAt == null && w.Jurisdiction.DeletedAt == null)
            .GroupBy(w => w.Code)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Warnings = [.. groups.OrderByDescending(g => g.Count).Select(g => new WarningGroup(g.Key, g.Count))];
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

    public sealed record DashboardTotals(int Jurisdictions, int Published, int Drafts, int AwaitingClaims, int Partners);

    public sealed record WarningGroup(string Code, int Count);

    public sealed record RevisionRow(string Slug, string Name, int Number, string Author, DateTimeOffset At, string Summary);

    public sealed record JurisdictionLink(string Slug, string Name, string StateCode);
}
