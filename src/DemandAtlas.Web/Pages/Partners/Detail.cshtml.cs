using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Partners;

public sealed class DetailModel(AtlasDb db) : PageModel
{
    public PartnerPage Partner { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var partner = await PartnerQueries.LoadAsync(db, slug, ct);
        if (partner is null)
        {
            // A partner merged into another: its old address leads to the survivor for good.
            var survivor = await db.PartnerAliases.Where(a => a.Slug == slug).Select(a => a.Partner.Slug).FirstOrDefaultAsync(ct);
            return survivor is null ? NotFound() : RedirectToPagePermanent("/Partners/Detail", new { slug = survivor });
        }

        Partner = partner;
        return Page();
    }
}
