namespace DemandAtlas.Web.Domain;

/// <summary>One saved change to a jurisdiction: who, when, what changed, and the state after it.</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int Number { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Summary { get; set; }
    /// <summary>JSON list of field changes (field, before, after).</summary>
    public required string ChangesJson { get; set; }
    /// <summary>JSON snapshot of the jurisdiction after the change, used by restore.</summary>
    public required string SnapshotJson { get; set; }
}

/// <summary>A field staff edited since the last import; the importer leaves it standing.</summary>
public sealed class EditedField
{
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public required string Field { get; set; }
    public DateTimeOffset EditedAt { get; set; }
    public required string EditedBy { get; set; }
}

/// <summary>Append-only record of logins, role changes, imports and deletions.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Details { get; set; }
    public string? RemoteIp { get; set; }
}
