using System.ComponentModel.DataAnnotations;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>Confirm, reject, mark confidential or add tactic claims, each with an editor's note as evidence.</summary>
public sealed class ClaimsModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public ClaimAction Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public long Version { get; private set; }
    public IReadOnlyList<ClaimSnapshot> Claims { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TacticNames { get; private set; } = new Dictionary<string, string>();
    public string ClaimsText { get; private set; } = "";
    public IReadOnlyList<LineDiff.Line>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Input.Action))
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var author = User.Identity!.Name!;
        var note = Input.Note?.Trim();
        var tacticName = await db.Tactics.Where(t => t.Slug == Input.Tactic).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (tacticName is null)
        {
            return NotFound();
        }

        if (Input.Action == ClaimActionKind.Add && string.IsNullOrEmpty(note))
        {
            ModelState.AddModelError("Input.Note", "Say where this comes from: a new claim needs an editor's note a reader can check.");
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var summary = $"{Input.Action} claim: {tacticName}";
        var result = await editor.SaveAsync(Slug, Input.Version, author, summary, s => s with { Claims = Apply(s.Claims, author, note) }, cancellationToken);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == SaveOutcome.Conflict)
        {
            await LoadAsync(cancellationToken);
            Conflict = LineDiff.Compare(Input.Original ?? "", ClaimsText);
            ModelState.Clear();
            return Page();
        }

        TempData["Message"] = result.Outcome == SaveOutcome.Saved ? $"{summary} (revision {result.RevisionNumber})." : "Nothing changed.";
        return RedirectToPage(new { Slug });
    }

    private List<ClaimSnapshot> Apply(List<ClaimSnapshot> claims, string author, string? note)
    {
        var list = claims.ToList();
        var index = list.FindIndex(c => c.Tactic == Input.Tactic);
        var evidence = string.IsNullOrEmpty(note) ? null : new EvidenceSnapshot(nameof(EvidenceKind.Editor), note, null, author);
        if (index < 0)
        {
            if (Input.Action == ClaimActionKind.Add)
            {
                list.Add(new ClaimSnapshot(Input.Tactic, nameof(ClaimStatus.Confirmed), Input.Confidential, evidence is null ? [] : [evidence]));
            }

            return list;
        }

        var claim = list[index];
        var withNote = evidence is null ? claim.Evidence : [.. claim.Evidence, evidence];
        list[index] = Input.Action switch
        {
            ClaimActionKind.Confirm or ClaimActionKind.Add => claim with { Status = nameof(ClaimStatus.Confirmed), Evidence = withNote },
            ClaimActionKind.Reject => claim with { Status = nameof(ClaimStatus.Rejected), Evidence = withNote },
            ClaimActionKind.Confidential => claim with { IsConfidential = true, Evidence = withNote },
            ClaimActionKind.Public => claim with { IsConfidential = false, Evidence = withNote },
            _ => claim,
        };
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
        Claims = snapshot.Claims;
        ClaimsText = JurisdictionSnapshot.Describe(nameof(JurisdictionSnapshot.Claims), snapshot.ToJson()[nameof(JurisdictionSnapshot.Claims)]);
        TacticNames = await db.Tactics.AsNoTracking().OrderBy(t => t.SortOrder).ToDictionaryAsync(t => t.Slug, t => t.Name, cancellationToken);
        return true;
    }

    /// <summary>A snapshot's strength, by the same rule the store keeps on the claim.</summary>
    public static EvidenceStrength? StrengthOf(ClaimSnapshot claim) =>
        EvidenceStrengths.Strongest(claim.Evidence.Select(e => Enum.TryParse<EvidenceKind>(e.Kind, out var kind) ? (EvidenceKind?)kind : null).OfType<EvidenceKind>());

    public enum ClaimActionKind
    {
        Confirm,
        Reject,
        Confidential,
        Public,
        Add,
    }

    public sealed class ClaimAction
    {
        public long Version { get; set; }

        /// <summary>The claims as the editor saw them, to show what changed meanwhile on a conflict.</summary>
        public string? Original { get; set; }

        [Required]
        public string Tactic { get; set; } = "";

        public ClaimActionKind Action { get; set; }

        [StringLength(4000)]
        public string? Note { get; set; }

        public bool Confidential { get; set; }
    }
}
