using System.Text.Json;
using System.Text.Json.Serialization;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Export;

/// <summary>
/// One jurisdiction as the outside world sees it: the export verb and the public API
/// (`/api/jurisdictions/{slug}`) both serve exactly this shape. Public data only; see
/// <see cref="JurisdictionDocuments"/> for what is left out.
/// </summary>
public sealed record JurisdictionDocument(
    string Slug,
    string Name,
    StateInfo State,
    string? Type,
    string? County,
    int? Population,
    GeoLocation? Location,
    string Narrative,
    IReadOnlyList<TacticEntry> Tactics,
    IReadOnlyList<OperationEntry> Operations,
    IReadOnlyList<PartnerEntry> Partners,
    IReadOnlyList<SourceEntry> Sources,
    IReadOnlyList<RelatedJurisdictionEntry> RelatedJurisdictions,
    SourceDocumentInfo? SourceDocument,
    DateTimeOffset UpdatedAt)
{
    /// <summary>camelCase, nulls written out (a missing county is `null`, not absent), enums as text.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };
}

public sealed record StateInfo(string Code, string Name);

public sealed record GeoLocation(double Latitude, double Longitude);

/// <summary>
/// `Strength` is the strongest evidence's (`editor`, `stated`, `named` or `listed`; null when none is left); each
/// piece of evidence is named the same way (<see cref="EvidenceStrengths.Name(EvidenceKind)"/>).
/// </summary>
public sealed record TacticEntry(string Slug, string Name, string? Strength, IReadOnlyList<EvidenceEntry> Evidence);

public sealed record EvidenceEntry(string Kind, string Text);

public sealed record OperationEntry(
    string Date,
    int Year,
    int? Month,
    int? Day,
    int? Arrests,
    string Summary,
    IReadOnlyList<string> Tactics,
    IReadOnlyList<string> Partners);

/// <summary>`Parent` is the parent partner's slug for a sub-unit, otherwise null.</summary>
public sealed record PartnerEntry(string Slug, string Name, string? Parent);

public sealed record SourceEntry(string Category, IReadOnlyList<string> Tactics, IReadOnlyList<SourceLink> Links);

public sealed record SourceLink(string? Title, string? Outlet, string? Date, string? Url);

/// <summary>A neighbour named in the profile; `Slug` is set when the directory has a public profile for it.</summary>
public sealed record RelatedJurisdictionEntry(string Name, string? Slug);

public sealed record SourceDocumentInfo(string File, string? Sha256);
