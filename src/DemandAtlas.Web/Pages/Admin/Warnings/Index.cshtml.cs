using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Warnings;

/// <summary>Import warnings waiting for a person, by code; marking one reviewed takes it off the dashboard.</summary>
public sealed class IndexModel(AtlasDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.ImportWarnings.AsNoTracking().Where(w => w.ReviewedAt == null && w.Jurisdiction.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Code))
        {
            query = query.Where(w => w.Code == Code);
        }

        Rows = await query.OrderBy(w => w.Jurisdiction.Name).ThenBy(w => w.Line).Take(300)
            .Select(w => new Row(w.Id, w.Jurisdiction.Slug, w.Jurisdiction.Name, w.Jurisdiction.StateCode, w.File, w.Line, w.Code, w.Message))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow();
        var who = User.Identity!.Name!;
        await db.ImportWarnings.Where(w => w.Id == id && w.ReviewedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ReviewedAt, now).SetProperty(w => w.ReviewedBy, who), cancellationToken);
        return RedirectToPage(new { Code });
    }

    public sealed record Row(int Id, string Slug, string Name, string StateCode, string File, int? Line, string Code, string Message);
}
