using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Tactics;

/// <summary>A tactic: what it is, its reach, the places using it (with the list's filters) and operations by year.</summary>
public sealed class DetailModel(DirectoryIndexService directory) : PageModel
{
    public TacticSummary Tactic { get; private set; } = null!;
    /// <summary>The filter as this page's links carry it: the tactic itself is in the path.</summary>
    public JurisdictionFilter Filter { get; private set; } = new();
    public Paged<JurisdictionRow> Result { get; private set; } = new([], 0, 1, JurisdictionFilter.DefaultPageSize);
    public IReadOnlyList<YearCount> ByYear { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public UsMapView? Map { get; private set; }
    public ChartSet? Charts { get; private set; }

    public string Path => $"/tactics/{Tactic.Slug}";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var index = await directory.GetAsync(ct);
        if (index.TacticSummaries.FirstOrDefault(t => t.Slug == slug) is not { } tactic)
        {
            return NotFound();
        }

        Tactic = tactic;
        var parsed = JurisdictionFilter.Parse(Request.Query, index.TacticsBySlug, ignoring: ["tactic", "match"]);
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        var matching = index.Match(Filter with { Tactics = [index.TacticsBySlug[slug]], MatchAll = true });
        Result = index.Page(matching, Filter.Sort, Filter.Page, Filter.PageSize);
        ByYear = index.YearsByTactic[index.BitOf(tactic.Id)!.Value];
        Map = new(index.Map(matching), new UsMapOptions(Id: "tactic-map", Caption: $"Jurisdictions using {tactic.Name}", ListHref: "#places-heading", IncludeList: false));
        Charts = index.Charts(matching, ChartKinds.CoOccurrence, "tactic-chart");
        return Page();
    }
}
