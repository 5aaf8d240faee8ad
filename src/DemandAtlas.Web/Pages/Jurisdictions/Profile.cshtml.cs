using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>One jurisdiction's public profile: its claims with their evidence, operations, partners and sources.</summary>
public sealed class ProfileModel(AtlasDb db) : PageModel
{
    public Profile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var profile = await ProfileQueries.LoadAsync(db, slug, ct);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
