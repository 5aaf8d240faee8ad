using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Partners;

/// <summary>Rename partners, place sub-units under their parent, and merge two spellings of one agency.</summary>
public sealed class IndexModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(p => EF.Functions.Like(p.Name, $"%{Q.Trim()}%") || EF.Functions.Like(p.Slug, $"%{Q.Trim()}%"));
        }

        Rows = await query.OrderBy(p => p.Name).Take(200)
            .Select(p => new Row(p.Id, p.Slug, p.Name, p.Parent == null ? null : p.Parent.Slug, p.Jurisdictions.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string name, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var slug = Slugs.From(name ?? "");
        if (partner is null || slug.Length == 0)
        {
            return NotFound();
        }

        if (slug != partner.Slug && await db.Partners.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            return Done($"Another partner is already called that ({slug}); merge the two instead.");
        }

        var old = partner.Name;
        partner.Name = name!.Trim();
        partner.Slug = slug;
        Audit.Add(db, User.Identity!.Name!, "partner-renamed", slug, $"{old} -> {partner.Name}", HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Done($"Renamed to {partner.Name}.");
    }

    public async Task<IActionResult> OnPostParentAsync(int id, string? parent, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(parent))
        {
            parentId = await db.Partners.Where(p => p.Slug == parent.Trim()).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return Done($"No partner has the key '{parent}'.");
            }

            // Walk up from the new parent: meeting this partner would make a loop.
            for (var at = parentId; at is not null; at = await db.Partners.Where(p => p.Id == at).Select(p => p.ParentId).FirstAsync(cancellationToken))
            {
                if (at == id)
                {
                    return Done("That would make a partner its own parent.");
                }
            }
        }

        partner.ParentId = parentId;
        await db.SaveChangesAsync(cancellationToken);
        return Done(parentId is null ? $"{partner.Name} is now a top-level partner." : $"{partner.Name} is now a sub-unit of {parent}.");
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, string into, CancellationToken cancellationToken)
    {
        var survivor = await db.Partners.AsNoTracking().Where(p => p.Slug == (into ?? "").Trim()).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        var duplicate = await db.Partners.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.Name, p.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (survivor is null || duplicate is null)
        {
            return Done($"No partner has the key '{into}'.");
        }

        var result = await PartnerMerge.MergeAsync(db, editor, duplicate.Id, survivor.Id, User.Identity!.Name!, cancellationToken);
        if (result is null)
        {
            return Done("A partner cannot be merged into itself.");
        }

        await Audit.WriteAsync(db, User.Identity!.Name!, Audit.Merged, duplicate.Slug, $"{duplicate.Name} merged into {survivor.Name}: {result.Jurisdictions} jurisdiction links, {result.Operations} operation links, {result.SubUnits} sub-units moved", HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return Done($"Merged {duplicate.Name} into {survivor.Name}.");
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage(new { Q });
    }

    public sealed record Row(int Id, string Slug, string Name, string? ParentSlug, int Jurisdictions);
}
