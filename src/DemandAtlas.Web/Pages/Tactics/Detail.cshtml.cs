using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Tactics;

/// <summary>A tactic: what it is, its reach, the places using it (with the list's filters) and operations by year.</summary>
public sealed class DetailModel(AtlasDb db, AggregateCache cache) : PageModel
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
        var tactic = await cache.GetAsync($"tactic:{slug}", () => TacticQueries.BySlugAsync(db, slug, ct));
        if (tactic is null)
        {
            return NotFound();
        }

        Tactic = tactic;
        var input = JurisdictionFilterInput.From(Request.Query) with { Tactic = null, Match = null };
        var parsed = JurisdictionFilter.Parse(input, await JurisdictionQueries.TacticLookupAsync(db, ct));
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Filter = parsed.Filter;
        var query = Filter with { Tactics = [new TacticRef(tactic.Id, tactic.Slug, tactic.Name)], MatchAll = true };
        Result = await db.PageAsync(query, ct);
        ByYear = await cache.GetAsync($"tactic-years:{tactic.Id}", () => db.CountedOperations.WhereTactics([tactic.Id], matchAll: true).ByYearAsync(ct));
        var matching = db.PublicJurisdictions.Matching(query);
        // Per tactic, filter and store generation (see AggregateCache): the co-occurrence matrix reads every claim of the tactic.
        var key = $"{tactic.Id}:{(Filter with { Page = 1, PageSize = JurisdictionFilter.DefaultPageSize }).ToQueryString()}";
        Map = new(await cache.GetAsync($"tactic-map:{key}", () => matching.ForMapAsync(db, ct)), new UsMapOptions(Id: "tactic-map", Caption: $"Jurisdictions using {tactic.Name}", ListHref: "#places-heading", IncludeList: false));
        Charts = await cache.GetAsync($"tactic-charts:{key}", () => ChartSet.LoadAsync(db, matching, ChartKinds.CoOccurrence, ct, idPrefix: "tactic-chart"));
        return Page();
    }
}
