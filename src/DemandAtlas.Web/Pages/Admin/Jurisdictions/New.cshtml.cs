using System.ComponentModel.DataAnnotations;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>Adds a profile by hand (after a news story, say); it starts as a draft.</summary>
public sealed class NewModel(AtlasDb db, JurisdictionEditor editor) : PageModel
{
    [BindProperty]
    public NewInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var isState = Input.Type == JurisdictionType.State;
        var stateCode = Input.StateCode.Trim().ToUpperInvariant();
        var slug = Slugs.ForJurisdiction(Input.Name.Trim(), stateCode, isState);
        if (slug.Length == 0 || await db.Jurisdictions.AnyAsync(j => j.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError("", $"A jurisdiction with the key '{slug}' already exists (it may be deleted: search the deleted list).");
            return Page();
        }

        var now = db.Clock.GetUtcNow();
        var jurisdiction = new Jurisdiction
        {
            Slug = slug,
            Name = Input.Name.Trim(),
            StateCode = stateCode,
            StateName = Input.StateName.Trim(),
            Type = Input.Type,
            IsPublished = false,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        editor.AddCreationRevision(jurisdiction, User.Identity!.Name!);
        db.Jurisdictions.Add(jurisdiction);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Created as a draft. Fill in the details, then tick Published.";
        return Redirect($"/admin/jurisdictions/{slug}/edit");
    }

    public sealed class NewInput
    {
        [Required, StringLength(200)]
        public string Name { get; set; } = "";

        [Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter USPS code.")]
        public string StateCode { get; set; } = "";

        [Required, StringLength(60)]
        public string StateName { get; set; } = "";

        public JurisdictionType? Type { get; set; }
    }
}
