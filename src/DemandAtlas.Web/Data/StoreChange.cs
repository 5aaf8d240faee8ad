namespace DemandAtlas.Web.Data;

/// <summary>
/// One row of the change feed: a write touched this jurisdiction (or, with no jurisdiction, something every page
/// shows, such as a tactic's name). Written by triggers in the store itself, so every writer — EF, the importer's
/// bulk path, raw SQL, another process — feeds it without knowing; read by the public directory index
/// (Caching/DirectoryIndexService) to refresh just what changed.
/// </summary>
public sealed class StoreChange
{
    public long Seq { get; set; }
    public int? JurisdictionId { get; set; }
}
