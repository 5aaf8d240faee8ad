using System.Text.Json.Nodes;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>Every revision with a readable diff; restoring one is itself a new revision.</summary>
public sealed class HistoryModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public string Name { get; private set; } = "";
    public long Version { get; private set; }
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var j = await db.Jurisdictions.AsNoTracking().Where(x => x.Slug == Slug).Select(x => new { x.Id, x.Name, x.StateCode, x.Version }).FirstOrDefaultAsync(cancellationToken);
        if (j is null)
        {
            return NotFound();
        }

        Name = $"{j.Name}, {j.StateCode}";
        Version = j.Version;
        var rows = await db.Revisions.AsNoTracking().Where(r => r.JurisdictionId == j.Id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        Revisions = [.. rows.Select(r => new RevisionView(r.Number, r.Author, r.CreatedAt, r.Summary,
            [.. FieldChange.Parse(r.ChangesJson).Select(c => new FieldView(c.Field,
                LineDiff.Compare(JurisdictionSnapshot.Describe(c.Field, c.Before), JurisdictionSnapshot.Describe(c.Field, c.After))))]))];
        return Page();
    }

    /// <summary>`undo=false` brings back the state right after revision N; `undo=true` reverts just that revision's fields.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int number, long version, bool undo, CancellationToken cancellationToken)
    {
        var id = await db.Jurisdictions.Where(x => x.Slug == Slug).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken);
        var revision = id is null ? null : await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.JurisdictionId == id && r.Number == number, cancellationToken);
        if (revision is null)
        {
            return NotFound();
        }

        var summary = undo ? $"Undid revision {number}" : $"Restored revision {number}";
        var result = await editor.SaveAsync(Slug, version, User.Identity!.Name!, summary, current => undo ? Revert(current, revision.ChangesJson) : Restore(current, revision.SnapshotJson), cancellationToken);
        TempData["Message"] = result.Outcome switch
        {
            SaveOutcome.Saved => $"{summary}: saved as revision {result.RevisionNumber}.",
            SaveOutcome.Unchanged => "Nothing to change: the jurisdiction already matches.",
            SaveOutcome.Conflict => "Someone saved this jurisdiction meanwhile; the history below is now current. Choose again.",
            _ => "Not found.",
        };
        if (result.Outcome == SaveOutcome.Saved)
        {
            await Audit.WriteAsync(db, User.Identity!.Name!, Audit.Restored, Slug, summary, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        }

        return RedirectToPage(new { Slug });
    }

    // A restore never deletes or undeletes: that stays an explicit action.
    private static JurisdictionSnapshot Restore(JurisdictionSnapshot current, string snapshotJson) =>
        JurisdictionSnapshot.FromJson(JsonNode.Parse(snapshotJson)!) with { IsDeleted = current.IsDeleted };

    private static JurisdictionSnapshot Revert(JurisdictionSnapshot current, string changesJson)
    {
        var json = current.ToJson();
        foreach (var change in FieldChange.Parse(changesJson).Where(c => c.Field != nameof(JurisdictionSnapshot.IsDeleted)))
        {
            json[change.Field] = change.Before?.DeepClone();
        }

        return JurisdictionSnapshot.FromJson(json);
    }

    public sealed record RevisionView(int Number, string Author, DateTimeOffset At, string Summary, IReadOnlyList<FieldView> Changes);

    public sealed record FieldView(string Field, IReadOnlyList<LineDiff.Line> Lines);
}
