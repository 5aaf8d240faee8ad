using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// The directory list: every filter in the query string, so any view is a link someone can share. The rows, map and
/// charts all come from the directory index: a filter is set operations, a page a walk over the matches.
/// </summary>
public sealed class IndexModel(DirectoryIndexService directory) : PageModel
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
        var index = await directory.GetAsync(ct);
        AllTactics = [.. index.TacticsBySlug.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
        var parsed = JurisdictionFilter.Parse(Request.Query, index.TacticsBySlug);
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        var matching = index.Match(Filter);
        Result = index.Page(matching, Filter.Sort, Filter.Page, Filter.PageSize);
        Map = new(index.Map(matching), new UsMapOptions(Id: "list-map", Caption: Filter.HasConditions ? "The jurisdictions matching these filters" : "Every jurisdiction in the directory", ListHref: "#results", IncludeList: false));
        Charts = index.Charts(matching, ChartKinds.OperationsByYear | ChartKinds.Adoption, "list-chart");
        return Page();
    }

    public string CsvLink => "/jurisdictions.csv" + (Filter with { Page = 1, PageSize = JurisdictionFilter.DefaultPageSize }).ToQueryString();
}
