using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// The list filters exactly as they arrived in the query string, before any parsing. Every property is text so
/// binding can never fail half-way: <see cref="JurisdictionFilter.Parse"/> decides what is valid, once, for the
/// pages, the CSV exports and the API alike.
/// </summary>
public sealed record JurisdictionFilterInput
{
    /// <summary>Tactic slugs; repeat the parameter for several tactics.</summary>
    [FromQuery(Name = "tactic")] public string[]? Tactic { get; init; }

    /// <summary>`all` (default): jurisdictions using every tactic given; `any`: at least one of them.</summary>
    [FromQuery(Name = "match")] public string? Match { get; init; }

    /// <summary>`stated`: only tactics a sentence of the profile (or an editor) states; `any` (default): any evidence.</summary>
    [FromQuery(Name = "evidence")] public string? Evidence { get; init; }

    /// <summary>Two-letter USPS state code, either case.</summary>
    [FromQuery(Name = "state")] public string? State { get; init; }

    /// <summary>City, County, State, Town, Village, Borough, Township or Region.</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }

    [FromQuery(Name = "minPop")] public string? MinPop { get; init; }

    [FromQuery(Name = "maxPop")] public string? MaxPop { get; init; }

    /// <summary>Text searched in names, counties and partner names.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>name, -name, population, -population, updated or -updated.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    [FromQuery(Name = "page")] public string? Page { get; init; }

    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    public static JurisdictionFilterInput From(IQueryCollection query) => new()
    {
        Tactic = query["tactic"].Where(t => t is not null).Select(t => t!).ToArray(),
        Match = Single(query, "match"),
        Evidence = Single(query, "evidence"),
        State = Single(query, "state"),
        Type = Single(query, "type"),
        MinPop = Single(query, "minPop"),
        MaxPop = Single(query, "maxPop"),
        Q = Single(query, "q"),
        Sort = Single(query, "sort"),
        Page = Single(query, "page"),
        PageSize = Single(query, "pageSize"),
    };

    // A repeated single-valued parameter joins into one value that then fails validation, as model binding does.
    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) ? values.ToString() : null;
}
