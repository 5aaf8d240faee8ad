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
}
