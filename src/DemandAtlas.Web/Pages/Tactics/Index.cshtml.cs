using DemandAtlas.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Tactics;

public sealed class IndexModel(DirectoryIndexService directory) : PageModel
{
    public IReadOnlyList<TacticSummary> Tactics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tactics = (await directory.GetAsync(ct)).TacticSummaries;
}
