using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Partners;

public sealed class DetailModel(AtlasDb db) : PageModel
{
    public PartnerPage Partner { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var partner = await PartnerQueries.LoadAsync(db, slug, ct);
        if (partner is null)
        {
            return NotFound();
        }

        Partner = partner;
        return Page();
    }
}
