namespace DemandAtlas.Web.Domain;

/// <summary>Which claims wait for staff, and in which order the review queue shows them.</summary>
public static class ClaimReview
{
    /// <summary>
    /// Pending claims come first: the importer doubted them and the public cannot see them until someone decides.
    /// Inferred claims are public meanwhile, so they can wait their turn.
    /// </summary>
    public static readonly IReadOnlyList<ClaimStatus> AwaitingInOrder = [ClaimStatus.Pending, ClaimStatus.Inferred];

    public static bool Awaits(ClaimStatus status) => status is ClaimStatus.Pending or ClaimStatus.Inferred;
}
