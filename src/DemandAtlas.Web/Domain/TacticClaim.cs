namespace DemandAtlas.Web.Domain;

/// <summary>The directory's statement that a jurisdiction uses a tactic, backed by evidence.</summary>
public sealed class TacticClaim
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int TacticId { get; set; }
    public Tactic Tactic { get; set; } = null!;
    public ClaimStatus Status { get; set; } = ClaimStatus.Inferred;
    /// <summary>Counted in public totals but never shown with its jurisdiction.</summary>
    public bool IsConfidential { get; set; }
    public List<Evidence> Evidence { get; set; } = [];

    /// <summary>
    /// The strongest evidence's strength, kept by the store itself (triggers on Evidence, see the ClaimReview
    /// migration) whoever writes the evidence, so the review queue can filter and order by it through an index.
    /// Read it in queries: the app never writes it, and a tracked claim does not see the store's update.
    /// </summary>
    public EvidenceStrength? Strength { get; set; }

    /// <summary>When staff last moved the claim out of review (confirmed or rejected it); null while it awaits review.</summary>
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
}

public enum ClaimStatus
{
    /// <summary>Found by the importer; awaiting staff confirmation but shown publicly.</summary>
    Inferred,
    Confirmed,
    /// <summary>Staff rejected it; kept so a re-import does not bring it back, never shown.</summary>
    Rejected,
    /// <summary>
    /// Found by the importer next to a cue that may reverse it (names "were not released", arrests of sellers):
    /// kept and shown to staff, never public until an editor confirms it (see <see cref="Visibility"/>).
    /// </summary>
    Pending,
}

/// <summary>Something a reader can check that supports a tactic claim.</summary>
public sealed class Evidence
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public TacticClaim Claim { get; set; } = null!;
    public EvidenceKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>Line in the source document, when the evidence came from one.</summary>
    public int? Line { get; set; }
    public string? AddedBy { get; set; }
}

public enum EvidenceKind
{
    Listed,
    SourceHeading,
    Narrative,
    Editor,
}
