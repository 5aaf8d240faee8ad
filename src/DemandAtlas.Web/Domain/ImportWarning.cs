namespace DemandAtlas.Web.Domain;

/// <summary>Something the importer noticed and staff should review.</summary>
public sealed class ImportWarning
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public required string File { get; set; }
    public int? Line { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
}

/// <summary>Machine-readable warning codes shared by the parser, importer and admin dashboard.</summary>
public static class WarningCodes
{
    public const string MenuTacticsBlock = "menu-tactics-block";
    public const string UnknownTactic = "unknown-tactic";
    public const string UnmatchedNeighbour = "unmatched-neighbour";
    public const string MissingMetadata = "missing-metadata";
    public const string UnreadableLine = "unreadable-line";
    public const string EditConflict = "edit-conflict";
    public const string Encoding = "encoding";
    /// <summary>A narrative sentence named a tactic but said it did not happen; no claim was made from it.</summary>
    public const string ReversedClaim = "reversed-claim";
    /// <summary>A claim rests only on evidence beside a seller-side or reversing cue; it waits for an editor.</summary>
    public const string PendingClaim = "pending-claim";
    /// <summary>The narrative gives a population the footer contradicts; the footer's figure was used.</summary>
    public const string PopulationDisagrees = "population-disagrees";
}
