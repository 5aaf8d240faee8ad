using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.States;

/// <summary>
/// A state: its jurisdictions (with the list's filters) and tactic counts. The address uses the lower-case USPS
/// code; an upper-case code is redirected permanently so there is one address per state to share and cache.
/// </summary>
public sealed class DetailModel(DirectoryIndexService directory) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public JurisdictionFilter Filter { get; private set; } = new();
    public Paged<JurisdictionRow> Result { get; private set; } = new([], 0, 1, JurisdictionFilter.DefaultPageSize);
    public IReadOnlyList<StateTacticCount> TacticCounts { get; private set; } = [];
    public IReadOnlyList<YearCount> ByYear { get; private set; } = [];
    public IReadOnlyList<TacticRef> AllTactics { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public UsMapView? Map { get; private set; }
    public ChartSet? Charts { get; private set; }

    public string Path => $"/states/{Code.ToLowerInvariant()}";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (UsStates.FromCode(code) is not { } state)
        {
            return NotFound();
        }

        var upper = state.Code;

        if (!string.Equals(code, upper.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return RedirectPermanent($"/states/{upper.ToLowerInvariant()}{Request.QueryString}");
        }

        Code = upper;
        Name = state.Name;
        var index = await directory.GetAsync(ct);
        AllTactics = [.. index.TacticsBySlug.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
        var parsed = JurisdictionFilter.Parse(Request.Query, index.TacticsBySlug, ignoring: "state");
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        var inState = index.InState(upper);
        var countConfidential = DirectoryIndex.MayCountConfidential(inState);
        var counts = index.TacticCounts(inState);
        TacticCounts = [.. index.Tactics.Select((t, bit) => new StateTacticCount(t.Slug, t.Name, counts[bit]))];
        ByYear = index.YearCounts(inState, countConfidential);
        var matching = index.Match(Filter with { State = upper });
        Result = index.Page(matching, Filter.Sort, Filter.Page, Filter.PageSize);
        Map = new(index.Map(matching), new UsMapOptions(Id: "state-map", Caption: $"Jurisdictions in {state.Name}", ListHref: "#places-heading", IncludeList: false));
        Charts = index.Charts(matching, ChartKinds.Adoption | ChartKinds.CoOccurrence, "state-chart");
        return Page();
    }
}
