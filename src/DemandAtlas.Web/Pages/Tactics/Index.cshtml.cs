using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Tactics;

public sealed class IndexModel(AtlasDb db, AggregateCache cache) : PageModel
{
    public IReadOnlyList<TacticSummary> Tactics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tactics = await cache.GetAsync("tactics", () => TacticQueries.AllAsync(db, ct));
}
