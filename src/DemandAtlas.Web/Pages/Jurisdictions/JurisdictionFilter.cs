using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Pages.Jurisdictions;

public enum JurisdictionSort
{
    Name,
    NameDescending,
    Population,
    PopulationDescending,
    Updated,
    UpdatedDescending,
}

/// <summary>A tactic as filters and rows name it.</summary>
public sealed record TacticRef(int Id, string Slug, string Name);

/// <summary>A filter in force, with the link that shows the same view without it.</summary>
public sealed record ActiveFilter(string Label, string RemoveLink);

/// <summary>
/// The one, validated filter behind the jurisdiction list, its CSV, the tactic and state pages and the API.
/// It also writes itself back as a canonical query string, so every view is a shareable link.
/// </summary>
public sealed record JurisdictionFilter
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public IReadOnlyList<TacticRef> Tactics { get; init; } = [];
    public bool MatchAll { get; init; } = true;
    /// <summary>`evidence=stated`: the tactics must be stated in a narrative sentence (or by an editor), not only named or listed.</summary>
    public bool StatedOnly { get; init; }
    /// <summary>Upper-case USPS code.</summary>
    public string? State { get; init; }
    public JurisdictionType? Type { get; init; }
    public int? MinPopulation { get; init; }
    public int? MaxPopulation { get; init; }
    public string? Text { get; init; }
    public JurisdictionSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public static readonly IReadOnlyDictionary<string, JurisdictionSort> SortKeys = new Dictionary<string, JurisdictionSort>(StringComparer.Ordinal)
    {
        ["name"] = JurisdictionSort.Name,
        ["-name"] = JurisdictionSort.NameDescending,
        ["population"] = JurisdictionSort.Population,
        ["-population"] = JurisdictionSort.PopulationDescending,
        ["updated"] = JurisdictionSort.Updated,
        ["-updated"] = JurisdictionSort.UpdatedDescending,
    };

    /// <summary>Whether any condition is in force (sort and paging are not conditions): any field shows a chip.</summary>
    public bool HasConditions => JurisdictionFilterFields.All.Any(f => f.Conditions(this).Any());

    public string SortKey => SortKeys.First(s => s.Value == Sort).Key;

    /// <summary>The query string (with its `?`, or empty) for this filter; page 1 and defaults are left out.</summary>
    public string ToQueryString() => JurisdictionFilterFields.All.ToQueryString(this);

    /// <summary>Each condition in force, with a link to `path` showing the same view (from page 1) without it.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters(string path)
    {
        var reset = this with { Page = 1 };
        return [.. JurisdictionFilterFields.All.SelectMany(f => f.Conditions(reset)).Select(c => new ActiveFilter(c.Label, path + c.Without.ToQueryString()))];
    }

    /// <summary>
    /// The filter in <paramref name="query"/>, read through <see cref="JurisdictionFilterFields.All"/>; a page whose
    /// address already fixes a field (a state's page, a tactic's) names it in <paramref name="ignoring"/>.
    /// </summary>
    public static FilterResult Parse(IQueryCollection query, IReadOnlyDictionary<string, TacticRef> knownTactics, params IReadOnlyCollection<string> ignoring)
    {
        var (filter, errors) = JurisdictionFilterFields.All.Parse(new JurisdictionFilter(), query, knownTactics, ignoring);
        return new FilterResult(filter, errors);
    }
}

/// <summary>Either a filter or the reasons the input was refused (which never repeat the input itself).</summary>
public sealed record FilterResult(JurisdictionFilter? Filter, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Filter is not null;
}
