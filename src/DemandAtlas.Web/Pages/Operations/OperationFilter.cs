using System.Globalization;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.AspNetCore.Mvc;

namespace DemandAtlas.Web.Pages.Operations;

/// <summary>Operation filters as received: the jurisdiction filters (tactics apply to the operation itself) and a year range.</summary>
public sealed record OperationFilterInput
{
    /// <summary>Tactic slugs used in the operation; repeat for several.</summary>
    [FromQuery(Name = "tactic")] public string[]? Tactic { get; init; }
    /// <summary>`all` (default) or `any`.</summary>
    [FromQuery(Name = "match")] public string? Match { get; init; }
    [FromQuery(Name = "state")] public string? State { get; init; }
    [FromQuery(Name = "type")] public string? Type { get; init; }
    [FromQuery(Name = "minPop")] public string? MinPop { get; init; }
    [FromQuery(Name = "maxPop")] public string? MaxPop { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>First year to include.</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }
    /// <summary>Last year to include.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    public static OperationFilterInput FromQuery(IQueryCollection query)
    {
        var shared = JurisdictionFilterInput.From(query);
        return new()
        {
            Tactic = shared.Tactic, Match = shared.Match, State = shared.State, Type = shared.Type,
            MinPop = shared.MinPop, MaxPop = shared.MaxPop, Q = shared.Q, Page = shared.Page, PageSize = shared.PageSize,
            From = query.TryGetValue("from", out var from) ? from.ToString() : null,
            To = query.TryGetValue("to", out var to) ? to.ToString() : null,
        };
    }
}

/// <summary>Which operations to list: where (jurisdiction conditions), with which tactics, and when.</summary>
public sealed record OperationFilter(JurisdictionFilter Where, int? FromYear, int? ToYear)
{
    private const int EarliestYear = 1900;
    private const int LatestYear = 2100;

    public static (OperationFilter? Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        OperationFilterInput input, IReadOnlyDictionary<string, TacticRef> knownTactics)
    {
        var shared = JurisdictionFilter.Parse(
            new JurisdictionFilterInput
            {
                Tactic = input.Tactic, Match = input.Match, State = input.State, Type = input.Type,
                MinPop = input.MinPop, MaxPop = input.MaxPop, Q = input.Q, Page = input.Page, PageSize = input.PageSize,
            },
            knownTactics);
        var errors = new Dictionary<string, string[]>(shared.Errors, StringComparer.Ordinal);
        var from = Year(input.From, "from", errors);
        var to = Year(input.To, "to", errors);
        if (from > to)
        {
            errors["to"] = ["The last year must not be before the first."];
        }

        return errors.Count > 0 || shared.Filter is null ? (null, errors) : (new OperationFilter(shared.Filter, from, to), errors);
    }

    private static int? Year(string? raw, string key, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= EarliestYear and <= LatestYear)
        {
            return year;
        }

        errors[key] = [$"Years must be four-digit years from {EarliestYear} to {LatestYear}."];
        return null;
    }
}
