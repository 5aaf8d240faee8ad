using System.ComponentModel.DataAnnotations;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Tactics;

/// <summary>Admins edit the taxonomy: names, descriptions and the aliases the importer matches.</summary>
public sealed class IndexModel(AtlasDb db) : PageModel
{
    [BindProperty]
    public TacticInput Input { get; set; } = new();

    public IReadOnlyList<Tactic> Tactics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tactics = await db.Tactics.AsNoTracking().Include(t => t.Aliases).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var tactic = await db.Tactics.Include(t => t.Aliases).FirstOrDefaultAsync(t => t.Slug == Input.Slug, cancellationToken);
        if (tactic is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var aliases = (Input.Aliases ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(TacticCatalog.Key).Where(a => TacticCatalog.Key(a).Length > 0).ToList();
        var keys = aliases.Select(TacticCatalog.Key).ToList();
        var taken = await db.TacticAliases.Where(a => a.TacticId != tactic.Id && keys.Contains(a.Key)).Select(a => a.Name).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            TempData["Message"] = $"Not saved: {string.Join(", ", taken)} already belong to another tactic.";
            return RedirectToPage();
        }

        tactic.Name = Input.Name.Trim();
        tactic.Description = Input.Description.Trim();
        tactic.NationalContext = string.IsNullOrWhiteSpace(Input.NationalContext) ? null : Input.NationalContext.Trim();
        var wanted = aliases.ToDictionary(TacticCatalog.Key);
        db.TacticAliases.RemoveRange(tactic.Aliases.Where(a => !wanted.ContainsKey(a.Key)));
        foreach (var (key, name) in wanted.Where(w => tactic.Aliases.All(a => a.Key != w.Key)))
        {
            tactic.Aliases.Add(new TacticAlias { Name = name, Key = key });
        }

        Audit.Add(db, User.Identity!.Name!, "tactic-edited", tactic.Slug, null, HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Saved {tactic.Name}.";
        return RedirectToPage();
    }

    public sealed class TacticInput
    {
        [Required]
        public string Slug { get; set; } = "";

        [Required, StringLength(100)]
        public string Name { get; set; } = "";

        [Required, StringLength(4000)]
        public string Description { get; set; } = "";

        [StringLength(1000)]
        public string? NationalContext { get; set; }

        [StringLength(8000)]
        public string? Aliases { get; set; }
    }
}
