using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Pages.Operations;
using DemandAtlas.Web.Pages.Tactics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages;

/// <summary>The home page: every figure on it was computed with the directory index's snapshot, not per request.</summary>
public sealed class IndexModel(DirectoryIndexService directory) : PageModel
{
    public DirectoryTotals Totals { get; private set; } = new(0, 0, 0, 0, null);
    public IReadOnlyList<TacticSummary> Tactics { get; private set; } = [];
    public IReadOnlyList<OperationRow> RecentOperations { get; private set; } = [];
    public UsMapView Map { get; private set; } = null!;
    public ChartSet Charts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var index = await directory.GetAsync(ct);
        Totals = index.Totals;
        Tactics = index.TacticSummaries;
        RecentOperations = index.RecentOperations;
        Map = new(index.HomeMap, new UsMapOptions(Id: "home-map", Caption: "Every jurisdiction in the directory", ListHref: "/jurisdictions", IncludeList: false));
        Charts = index.HomeCharts;
    }
}
