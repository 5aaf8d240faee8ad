using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>The directory list: every filter in the query string, so any view is a link someone can share.</summary>
public sealed class IndexModel(AtlasDb db, AggregateCache cache) : PageModel
{
    public const string Path = "/jurisdictions";

    public JurisdictionFilter Filter { get; private set; } = new();
    public Paged<JurisdictionRow> Result { get; private set; } = new([], 0, 1, JurisdictionFilter.DefaultPageSize);
    public IReadOnlyList<TacticRef> AllTactics { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public UsMapView? Map { get; private set; }
    public ChartSet? Charts { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var tactics = await JurisdictionQueries.TacticLookupAsync(db, ct);
        AllTactics = [.. tactics.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
        var parsed = JurisdictionFilter.Parse(JurisdictionFilterInput.From(Request.Query), tactics);
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        Result = await db.PageAsync(Filter, ct);
        var matching = db.PublicJurisdictions.Matching(Filter);
        // The map and charts depend on the filter, not the page: shared per filter and store generation, so
        // paging and repeat visits skip the directory-wide aggregates and an edit shows on the next request.
        var key = (Filter with { Page = 1, PageSize = JurisdictionFilter.DefaultPageSize }).ToQueryString();
        Map = new(await cache.GetAsync($"list-map:{key}", () => matching.ForMapAsync(db, ct)), new UsMapOptions(Id: "list-map", Caption: Filter.HasConditions ? "The jurisdictions matching these filters" : "Every jurisdiction in the directory", ListHref: "#results", IncludeList: false));
        Charts = await cache.GetAsync($"list-charts:{key}", () => ChartSet.LoadAsync(db, matching, ChartKinds.OperationsByYear | ChartKinds.Adoption, ct, idPrefix: "list-chart"));
        return Page();
    }

    public string CsvLink => "/jurisdictions.csv" + (Filter with { Page = 1, PageSize = JurisdictionFilter.DefaultPageSize }).ToQueryString();
}
