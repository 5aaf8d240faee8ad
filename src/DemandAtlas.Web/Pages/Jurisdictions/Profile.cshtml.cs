using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Geo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// One jurisdiction's public profile: its claims with their evidence, operations, partners and sources (a few
/// indexed queries for this place), and a map of it and its neighbours from the directory index.
/// </summary>
public sealed class ProfileModel(AtlasDb db, DirectoryIndexService directory) : PageModel
{
    public Profile Profile { get; private set; } = null!;
    public UsMapView Map { get; private set; } = null!;
    /// <summary>Operations and arrests per year, when there are at least two operations to compare.</summary>
    public ChartSet? Charts { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var profile = await ProfileQueries.LoadAsync(db, slug, ct);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        var index = await directory.GetAsync(ct);
        if (profile.Operations.Count >= 2)
        {
            Charts = index.Charts(index.SetOf([slug]), ChartKinds.OperationsByYear, "profile-chart");
        }

        Map = new(index.ProfileMap(slug, profile.Neighbours.Select(n => n.Slug).OfType<string>()), new UsMapOptions(Id: "profile-map", Caption: $"{profile.Header.Name} and its neighbours in the directory"));
        return Page();
    }
}
