using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>Edits a jurisdiction's details, partners, neighbours and sources; a stale save becomes a merge.</summary>
public sealed class EditModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [BindProperty]
    public EditForm Input { get; set; } = new();

    [FromRoute]
    public string Slug { get; set; } = "";

    public bool IsDeleted { get; private set; }
    public string? PreviewHtml { get; private set; }
    public IReadOnlyList<ConflictRow> Conflicts { get; private set; } = [];
    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var j = await editor.ReadAsync(Slug, cancellationToken);
        if (j is null)
        {
            return NotFound();
        }

        var snapshot = JurisdictionSnapshot.Capture(j);
        Input = EditForm.From(snapshot, j.Version);
        IsDeleted = snapshot.IsDeleted;
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        ModelState.Clear();
        PreviewHtml = Markdown.ToSafeHtml(Input.Narrative ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var keys = await TacticKeys.LoadAsync(db, cancellationToken);
        var mine = Input.Values();
        var summary = string.IsNullOrWhiteSpace(Input.Summary) ? "Edited details" : Input.Summary.Trim();
        var result = await editor.SaveAsync(Slug, Input.Version, User.Identity!.Name!, summary, s => Input.ApplyTo(s, keys), cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                ShowConflict(result, mine);
                return Page();
            case SaveOutcome.Unchanged:
                TempData["Message"] = "Nothing changed.";
                return RedirectToPage(new { Slug });
            default:
                TempData["Message"] = $"Saved as revision {result.RevisionNumber}.";
                return RedirectToPage(new { Slug });
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(long version, bool undo, CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(Slug, version, User.Identity!.Name!, undo ? "Undeleted" : "Deleted", s => s with { IsDeleted = !undo }, cancellationToken);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == SaveOutcome.Conflict)
        {
            TempData["Message"] = "Someone saved this jurisdiction meanwhile; review it and try again.";
            return RedirectToPage(new { Slug });
        }

        await Audit.WriteAsync(db, User.Identity!.Name!, undo ? Audit.Undeleted : Audit.Deleted, Slug, null, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        TempData["Message"] = undo ? "Restored from the bin: it is visible again if published." : "Deleted. It no longer appears publicly; use Undo delete to bring it back.";
        return RedirectToPage(new { Slug });
    }

    /// <summary>Keeps every field the editor changed, takes the others' saves for the rest, and lists what moved meanwhile.</summary>
    private void ShowConflict(SaveResult result, Dictionary<string, string> mine)
    {
        var original = Input.OriginalValues();
        var fresh = EditForm.From(result.Current!, result.Version);
        var theirs = fresh.Values();
        var rows = new List<ConflictRow>();
        foreach (var (field, theirValue) in theirs)
        {
            var start = original.GetValueOrDefault(field, theirValue);
            if (start == theirValue)
            {
                continue;
            }

            var mineChanged = mine[field] != start;
            rows.Add(new ConflictRow(EditForm.Labels[field], start, theirValue, mine[field], mineChanged && mine[field] != theirValue));
        }

        var merged = fresh;
        foreach (var property in typeof(EditForm).GetProperties().Where(p => EditForm.Labels.ContainsKey(p.Name)))
        {
            if (mine[property.Name] != original.GetValueOrDefault(property.Name, theirs[property.Name]))
            {
                property.SetValue(merged, property.GetValue(Input));
            }
        }

        merged.Summary = Input.Summary;
        Input = merged;
        IsDeleted = result.Current!.IsDeleted;
        Conflicts = rows;
        HasConflict = true;
        ModelState.Clear();
    }

    public sealed record ConflictRow(string Field, string WhenYouStarted, string SavedMeanwhile, string Yours, bool BothChanged);
}
