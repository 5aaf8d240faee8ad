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

    /// <summary>A claim the public never sees with its place: rejected, pending or confidential.</summary>
    public static readonly Expression<Func<TacticClaim, bool>> HiddenClaim = Not(PublicClaim);

    /// <summary>A claim public totals leave out: rejected or pending.</summary>
    public static readonly Expression<Func<TacticClaim, bool>> UncountedClaim = Not(CountedClaim);

    /// <summary>
    /// A tactic shown on an operation: its place has no hidden claim on that tactic. An operation the importer tagged
    /// with a tactic whose claim staff made confidential or rejected must not show that tactic again, nor match it.
    /// </summary>
    public static readonly Expression<Func<OperationTactic, bool>> PublicOperationTactic =
        t => !t.Operation.Jurisdiction.Claims.AsQueryable().Where(c => c.TacticId == t.TacticId).Any(HiddenClaim);

    /// <summary>A tactic an operation counts under in totals: its place has no rejected or pending claim on it.</summary>
    public static readonly Expression<Func<OperationTactic, bool>> CountedOperationTactic =
        t => !t.Operation.Jurisdiction.Claims.AsQueryable().Where(c => c.TacticId == t.TacticId).Any(UncountedClaim);

    /// <summary>A tactic shown on a Key Sources group, by the same rule as on an operation.</summary>
    public static readonly Expression<Func<SourceTactic, bool>> PublicSourceTactic =
        t => !t.Source.Jurisdiction.Claims.AsQueryable().Where(c => c.TacticId == t.TacticId).Any(HiddenClaim);

    /// <summary>
    /// A Key Sources group shown with its place: background (no tactic), or naming at least one shown tactic. A group
    /// about hidden tactics only is their evidence, and its heading names them.
    /// </summary>
    public static readonly Expression<Func<Source, bool>> PublicSource =
        s => !s.Tactics.Any() || s.Tactics.AsQueryable().Any(PublicSourceTactic);

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

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
