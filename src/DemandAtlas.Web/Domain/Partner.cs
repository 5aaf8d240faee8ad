namespace DemandAtlas.Web.Domain;

/// <summary>An agency or organisation, shared by every jurisdiction it worked with.</summary>
public sealed class Partner
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>Set for a sub-unit (a vice unit) of another partner.</summary>
    public int? ParentId { get; set; }
    public Partner? Parent { get; set; }
    public List<Partner> SubUnits { get; set; } = [];
    public List<JurisdictionPartner> Jurisdictions { get; set; } = [];
}

public sealed class JurisdictionPartner
{
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
    public int SortOrder { get; set; }
}

/// <summary>
/// The slug of a partner merged into another. Documents, old revisions and links that still name the merged-away
/// partner reach the one it became, instead of bringing it back.
/// </summary>
public sealed class PartnerAlias
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
}
