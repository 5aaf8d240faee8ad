namespace DemandAtlas.Web.Pages;

/// <summary>The directory's headline figures; operations and arrests include confidential ones, as all totals do.</summary>
public sealed record DirectoryTotals(int Jurisdictions, int States, int Operations, int Arrests, DateTimeOffset? LastUpdated);
