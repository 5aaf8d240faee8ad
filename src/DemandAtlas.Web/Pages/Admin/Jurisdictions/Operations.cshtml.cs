using System.ComponentModel.DataAnnotations;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>Edit, add, delete or mark confidential the dated operations of a jurisdiction.</summary>
public sealed class OperationsModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public OperationInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public long Version { get; private set; }
    public IReadOnlyList<OperationSnapshot> Operations { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TacticNames { get; private set; } = new Dictionary<string, string>();
    public string OperationsText { get; private set; } = "";
    public IReadOnlyList<LineDiff.Line>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? delete, CancellationToken cancellationToken)
    {
        if (delete is null && !ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var remove = delete is not null;
        var summary = remove ? "Deleted an operation" : Input.Index < 0 ? "Added an operation" : "Edited an operation";
        var result = await editor.SaveAsync(Slug, Input.Version, User.Identity!.Name!, summary, s => s with { Operations = Apply(s.Operations, remove) }, cancellationToken);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == SaveOutcome.Conflict)
        {
            await LoadAsync(cancellationToken);
            Conflict = LineDiff.Compare(Input.Original ?? "", OperationsText);
            return Page();
        }

        TempData["Message"] = result.Outcome == SaveOutcome.Saved ? $"{summary} (revision {result.RevisionNumber})." : "Nothing changed.";
        return RedirectToPage(new { Slug });
    }

    private List<OperationSnapshot> Apply(List<OperationSnapshot> operations, bool remove)
    {
        var list = operations.ToList();
        if (remove)
        {
            if (Input.Index >= 0 && Input.Index < list.Count)
            {
                list.RemoveAt(Input.Index);
            }

            return list;
        }

        var edited = new OperationSnapshot(
            Input.Year, Input.Month, Input.Month is null ? null : Input.Day, Input.Arrests, Input.Summary.Trim(), Input.Confidential,
            [.. Input.Tactics.Distinct().Order(StringComparer.Ordinal)],
            [.. (Input.Partners ?? "").Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Input.Index >= 0 && Input.Index < list.Count ? list[Input.Index].Line : null);
        if (Input.Index >= 0 && Input.Index < list.Count)
        {
            list[Input.Index] = edited;
        }
        else
        {
            list.Add(edited);
        }

        return list;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var j = await editor.ReadAsync(Slug, cancellationToken);
        if (j is null)
        {
            return false;
        }

        var snapshot = JurisdictionSnapshot.Capture(j);
        Name = $"{j.Name}, {j.StateCode}";
        Version = j.Version;
        Operations = snapshot.Operations;
        OperationsText = JurisdictionSnapshot.Describe(nameof(JurisdictionSnapshot.Operations), snapshot.ToJson()[nameof(JurisdictionSnapshot.Operations)]);
        TacticNames = await db.Tactics.AsNoTracking().OrderBy(t => t.SortOrder).ToDictionaryAsync(t => t.Slug, t => t.Name, cancellationToken);
        return true;
    }

    public sealed class OperationInput
    {
        public long Version { get; set; }

        public string? Original { get; set; }

        /// <summary>Position in the list the editor saw; -1 adds. Safe because a stale version never saves.</summary>
        public int Index { get; set; } = -1;

        [Range(1900, 2100)]
        public int Year { get; set; }

        [Range(1, 12)]
        public int? Month { get; set; }

        [Range(1, 31)]
        public int? Day { get; set; }

        [Range(0, 100_000)]
        public int? Arrests { get; set; }

        [Required, StringLength(4000)]
        public string Summary { get; set; } = "";

        public List<string> Tactics { get; set; } = [];

        [StringLength(4000)]
        public string? Partners { get; set; }

        public bool Confidential { get; set; }
    }
}
