using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

public sealed class IndexModel(AtlasDb db) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Jurisdictions.AsNoTracking().Where(j => Deleted ? j.DeletedAt != null : j.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var state = q.ToUpperInvariant();
            query = query.Where(j => EF.Functions.Like(j.Name, $"%{q}%") || EF.Functions.Like(j.Slug, $"%{q}%") || j.StateCode == state || EF.Functions.Like(j.County, $"%{q}%"));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        Rows = await query.OrderBy(j => j.Name).ThenBy(j => j.StateCode)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(j => new Row(j.Slug, j.Name, j.StateCode, j.IsPublished, j.Claims.Count(c => c.Status == Domain.ClaimStatus.Inferred || c.Status == Domain.ClaimStatus.Pending), j.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(string Slug, string Name, string StateCode, bool IsPublished, int AwaitingClaims, DateTimeOffset UpdatedAt);
}
