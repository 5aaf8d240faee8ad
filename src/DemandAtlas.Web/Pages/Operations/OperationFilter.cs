using DemandAtlas.Web.Pages.Jurisdictions;

namespace DemandAtlas.Web.Pages.Operations;

/// <summary>Which operations to list: where (jurisdiction conditions), with which tactics, and when.</summary>
public sealed record OperationFilter(JurisdictionFilter Where, int? FromYear, int? ToYear)
{
    public static readonly OperationFilter Empty = new(new JurisdictionFilter(), null, null);

    public static (OperationFilter? Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        IQueryCollection query, IReadOnlyDictionary<string, TacticRef> knownTactics) =>
        OperationFilterFields.All.Parse(Empty, query, knownTactics);

    /// <summary>The query string (with its `?`, or empty) for this filter; page 1 and defaults are left out.</summary>
    public string ToQueryString() => OperationFilterFields.All.ToQueryString(this);
}

/// <summary>
/// The operation list's parameters: the jurisdiction fields it takes (no evidence, no sort: operations are newest
/// first), applied to <see cref="OperationFilter.Where"/>, and a year range.
/// </summary>
public static class OperationFilterFields
{
    private const int EarliestYear = 1900;
    private const int LatestYear = 2100;

    public static readonly IReadOnlyList<FilterField<OperationFilter>> All =
    [
        Shared("tactic") with { Description = "A tactic slug such as `reverse-stings`: operations that used it. Repeat the parameter for several tactics (see `match`)." },
        .. new[] { "match", "state", "type", "minPop", "maxPop", "q" }.Select(Shared),
        FilterFields.Year("from", "The first year of operations to include, such as 2015.", EarliestYear, LatestYear,
            (OperationFilter o) => o.FromYear, (o, v) => o with { FromYear = v }),
        FilterFields.Year("to", "The last year of operations to include, not before `from`.", EarliestYear, LatestYear,
            (OperationFilter o) => o.ToYear, (o, v) => o with { ToYear = v })
            with { Check = o => o.FromYear > o.ToYear ? "The last year must not be before the first." : null },
        .. new[] { "pageSize", "page" }.Select(Shared),
    ];

    private static FilterField<OperationFilter> Shared(string key) =>
        JurisdictionFilterFields.Named(key).Over((OperationFilter o) => o.Where, (o, where) => o with { Where = where });
}
