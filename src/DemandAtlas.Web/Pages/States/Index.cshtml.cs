using DemandAtlas.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.States;

public sealed class IndexModel(DirectoryIndexService directory) : PageModel
{
    public IReadOnlyList<StateCount> States { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => States = (await directory.GetAsync(ct)).States;
}
