namespace DemandAtlas.Web.Domain;

/// <summary>A neighbour named in a profile ("other cities in Worcester County … include Auburn").</summary>
public sealed class RelatedJurisdiction
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public required string Name { get; set; }
    /// <summary>The profile the name refers to, when the directory has one.</summary>
    public int? MatchedJurisdictionId { get; set; }
    public Jurisdiction? MatchedJurisdiction { get; set; }
    public int SortOrder { get; set; }
}
