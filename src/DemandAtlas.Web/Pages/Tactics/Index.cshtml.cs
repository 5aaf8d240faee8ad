using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Tactics;

public sealed class IndexModel(AtlasDb db) : PageModel
{
    public IReadOnlyList<TacticSummary> Tactics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tactics = await TacticQueries.AllAsync(db, ct);
}
