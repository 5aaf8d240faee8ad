using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// A filtered page of jurisdictions as the list, tactic and state pages show it. LinkFilter is the filter as it
/// appears in this page's query string (a tactic or state already in the path is left out of it).
/// </summary>
public sealed record JurisdictionResultsModel(JurisdictionFilter LinkFilter, Paged<JurisdictionRow> Result, string Path)
{
    public string PageLink(int page) => Path + (LinkFilter with { Page = page }).ToQueryString();
}
