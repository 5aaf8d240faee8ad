namespace DemandAtlas.Web.Domain;

/// <summary>A "Key Sources" group: a heading naming tactics or background, and its citations.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public required string Category { get; set; }
    public int SortOrder { get; set; }
    public List<SourceTactic> Tactics { get; set; } = [];
    public List<SourceItem> Items { get; set; } = [];
}

public sealed class SourceTactic
{
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public int TacticId { get; set; }
    public Tactic Tactic { get; set; } = null!;
}

/// <summary>One citation: a headline, outlet and date, a URL, or both.</summary>
public sealed class SourceItem
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Date { get; set; }
    public string? Url { get; set; }
    public int SortOrder { get; set; }
}
