using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.AuditLog;

/// <summary>Read-only view of the append-only audit log (admins only).</summary>
public sealed class IndexModel(AtlasDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(a => a.Action == Action);
        }

        Entries = await query.OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
    }
}
