using DemandAtlas.Web.Data;
using DemandAtlas.Web.Geo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>One jurisdiction's public profile: its claims with their evidence, operations, partners and sources.</summary>
public sealed class ProfileModel(AtlasDb db) : PageModel
{
    public Profile Profile { get; private set; } = null!;
    public UsMapView Map { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var profile = await ProfileQueries.LoadAsync(db, slug, ct);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        Map = new(await MapQueries.ForProfileAsync(db, slug, ct), new UsMapOptions(Id: "profile-map", Caption: $"{profile.Header.Name} and its neighbours in the directory"));
        return Page();
    }
}
