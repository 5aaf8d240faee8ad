using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
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
public sealed class DetailModel(AtlasDb db, AggregateCache cache) : PageModel
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
        var tactics = await JurisdictionQueries.TacticLookupAsync(db, ct);
        AllTactics = [.. tactics.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
        var parsed = JurisdictionFilter.Parse(JurisdictionFilterInput.From(Request.Query) with { State = null }, tactics);
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        Result = await db.PageAsync(Filter with { State = upper }, ct);
        var countConfidential = await cache.GetAsync($"state-confidential:{upper}", () => StateQueries.MayCountConfidentialAsync(db, upper, ct));
        TacticCounts = await cache.GetAsync($"state-tactics:{upper}", () => StateQueries.TacticCountsAsync(db, upper, countConfidential, ct));
        ByYear = await cache.GetAsync($"state-years:{upper}", () => db.CountedOperations
            .Where(o => o.Jurisdiction.StateCode == upper && (countConfidential || !o.IsConfidential))
            .ByYearAsync(ct));
        var matching = db.PublicJurisdictions.Matching(Filter with { State = upper });
        var shared = !Filter.HasConditions;
        var map = shared ? await cache.GetAsync($"state-map:{upper}", () => matching.ForMapAsync(db, ct)) : await matching.ForMapAsync(db, ct);
        Map = new(map, new UsMapOptions(Id: "state-map", Caption: $"Jurisdictions in {state.Name}", ListHref: "#places-heading", IncludeList: false));
        Task<ChartSet> LoadCharts() => ChartSet.LoadAsync(db, matching, ChartKinds.Adoption | ChartKinds.CoOccurrence, ct, idPrefix: "state-chart");
        Charts = shared ? await cache.GetAsync($"state-charts:{upper}", LoadCharts) : await LoadCharts();
        return Page();
    }
}
