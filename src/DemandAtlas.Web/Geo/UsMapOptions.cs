namespace DemandAtlas.Web.Geo;

/// <summary>How a page shows its map.</summary>
/// <param name="Id">Unique within the page; prefixes the element ids the map's labels point at.</param>
/// <param name="Caption">One sentence saying what the map shows ("Jurisdictions using Web Stings").</param>
/// <param name="ListHref">A link to the same places as a list (the page's own table, or a filtered /jurisdictions URL).</param>
/// <param name="IncludeList">Whether to add the collapsible text list of the places under the map.</param>
/// <param name="PathBase">The app's path base, so links work when it is hosted under a sub-path.</param>
/// <param name="BaseMapHref">The base map's URL; the partial adds a version query so browsers can cache it for long.</param>
public sealed record UsMapOptions(
    string Id = "map",
    string Caption = "Jurisdictions in the directory",
    string? ListHref = null,
    bool IncludeList = true,
    string PathBase = "",
    string? BaseMapHref = null);
