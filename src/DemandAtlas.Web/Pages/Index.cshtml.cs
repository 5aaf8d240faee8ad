using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Pages.Operations;
using DemandAtlas.Web.Pages.Tactics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages;

public sealed class IndexModel(AtlasDb db, AggregateCache cache) : PageModel
{
    public DirectoryTotals Totals { get; private set; } = new(0, 0, 0, 0, null);
    public IReadOnlyList<TacticSummary> Tactics { get; private set; } = [];
    public IReadOnlyList<OperationRow> RecentOperations { get; private set; } = [];
    public UsMapView Map { get; private set; } = null!;
    public ChartSet Charts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Totals = await cache.GetAsync("totals", () => HomeQueries.TotalsAsync(db, ct));
        Tactics = await cache.GetAsync("tactics", () => TacticQueries.AllAsync(db, ct));
        RecentOperations = await HomeQueries.RecentOperationsAsync(db, 8, ct);
        // Directory-wide, so cached per store generation like the totals.
        Map = new(await cache.GetAsync("home-map", () => db.PublicJurisdictions.ForMapAsync(db, ct)), new UsMapOptions(Id: "home-map", Caption: "Every jurisdiction in the directory", ListHref: "/jurisdictions", IncludeList: false));
        Charts = await cache.GetAsync("home-charts", () => ChartSet.LoadAsync(db, db.PublicJurisdictions, ChartKinds.OperationsByYear | ChartKinds.OperationsByState | ChartKinds.CoOccurrence, ct, idPrefix: "home-chart"));
    }
}
