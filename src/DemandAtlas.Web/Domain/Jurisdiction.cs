namespace DemandAtlas.Web.Domain;

/// <summary>A city, county, state or other place with a community profile.</summary>
public sealed class Jurisdiction
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string StateCode { get; set; }
    public required string StateName { get; set; }
    public JurisdictionType? Type { get; set; }
    public string? County { get; set; }
    public int? Population { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public CoordinateSource? CoordinateSource { get; set; }
    public string NarrativeMarkdown { get; set; } = "";
    public string NarrativeHtml { get; set; } = "";

    /// <summary>File name of the profile document this record was last imported from.</summary>
    public string? SourceFile { get; set; }
    public string? SourceSha256 { get; set; }
    /// <summary>True when the document carried a site-menu "Tactics Used" block (recorded, never evidence).</summary>
    public bool HadMenuTacticsBlock { get; set; }

    public bool IsPublished { get; set; } = true;
    public DateTimeOffset? DeletedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }

    /// <summary>Optimistic concurrency token, set by the app on every save (SQLite has no rowversion).</summary>
    public long Version { get; set; }

    public List<TacticClaim> Claims { get; set; } = [];
    public List<Operation> Operations { get; set; } = [];
    public List<JurisdictionPartner> Partners { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public List<RelatedJurisdiction> RelatedJurisdictions { get; set; } = [];
    public List<ImportWarning> ImportWarnings { get; set; } = [];
    public List<Revision> Revisions { get; set; } = [];
    public List<EditedField> EditedFields { get; set; } = [];
}

public enum JurisdictionType
{
    City,
    County,
    State,
    Town,
    Village,
    Borough,
    Township,
    Region,
}

public enum CoordinateSource
{
    Document,
    Gazetteer,
    Editor,
}
