using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.States;

public sealed class IndexModel(AtlasDb db, AggregateCache cache) : PageModel
{
    public IReadOnlyList<StateCount> States { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => States = await cache.GetAsync("states", () => StateQueries.AllAsync(db, ct));
}
