using System.Linq.Expressions;

namespace DemandAtlas.Web.Domain;

/// <summary>
/// What the public may see, said once. Every query, page, API, feed, export and the in-memory directory index uses
/// these: as expressions in EF queries (inside a navigation through <c>j.Claims.AsQueryable().Where(…)</c>) and as
/// compiled delegates in memory.
/// </summary>
/// <remarks>
/// Three levels: shown (with its jurisdiction), counted (in public totals, where confidential items count so totals
/// do not shrink to hide them) and neither. Rejected claims are staff decisions against a claim; pending claims wait
/// for an editor because the importer saw a reversing or seller-side cue: neither is shown or counted.
/// </remarks>
public static class Visibility
{
    /// <summary>A jurisdiction the public may see: published and not deleted.</summary>
    public static readonly Expression<Func<Jurisdiction, bool>> PublicJurisdiction =
        j => j.IsPublished && j.DeletedAt == null;

    /// <summary>A claim counted in public totals (confidential ones included, never listed with their place).</summary>
    public static readonly Expression<Func<TacticClaim, bool>> CountedClaim =
        c => c.Status == ClaimStatus.Inferred || c.Status == ClaimStatus.Confirmed;

    /// <summary>A claim shown with its jurisdiction: counted and not confidential.</summary>
    public static readonly Expression<Func<TacticClaim, bool>> PublicClaim =
        c => (c.Status == ClaimStatus.Inferred || c.Status == ClaimStatus.Confirmed) && !c.IsConfidential;

    /// <summary>An operation shown with its jurisdiction (every operation of a public place is counted).</summary>
    public static readonly Expression<Func<Operation, bool>> PublicOperation =
        o => !o.IsConfidential;

    /// <summary>Evidence that states the act: a narrative sentence or an editor (`evidence=stated` asks for it).</summary>
    public static readonly Expression<Func<Evidence, bool>> StatedEvidence =
        e => e.Kind == EvidenceKind.Narrative || e.Kind == EvidenceKind.Editor;

    public static readonly Func<Jurisdiction, bool> IsPublicJurisdiction = PublicJurisdiction.Compile();
    public static readonly Func<TacticClaim, bool> IsCountedClaim = CountedClaim.Compile();
    public static readonly Func<TacticClaim, bool> IsPublicClaim = PublicClaim.Compile();
    public static readonly Func<Operation, bool> IsPublicOperation = PublicOperation.Compile();
}
