namespace DemandAtlas.Web.Domain;

/// <summary>One of the demand-reduction tactics in the directory's taxonomy.</summary>
public sealed class Tactic
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? NationalContext { get; set; }
    public int SortOrder { get; set; }
    public List<TacticAlias> Aliases { get; set; } = [];
}

/// <summary>Another name documents use for a tactic ("Shaming" for Identity Disclosure).</summary>
public sealed class TacticAlias
{
    public int Id { get; set; }
    public int TacticId { get; set; }
    public Tactic Tactic { get; set; } = null!;
    public required string Name { get; set; }
    /// <summary>Lower-case, punctuation-folded form used for matching.</summary>
    public required string Key { get; set; }
}
