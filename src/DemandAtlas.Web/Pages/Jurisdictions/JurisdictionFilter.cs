using System.Globalization;
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

    public bool HasConditions =>
        Tactics.Count > 0 || StatedOnly || State is not null || Type is not null || MinPopulation is not null || MaxPopulation is not null || Text is not null;

    public string SortKey => SortKeys.First(s => s.Value == Sort).Key;

    /// <summary>The query string (with its `?`, or empty) for this filter; page 1 and defaults are left out.</summary>
    public string ToQueryString() => QueryString.Create(QueryPairs()).ToString();

    public IEnumerable<KeyValuePair<string, string?>> QueryPairs()
    {
        foreach (var tactic in Tactics)
        {
            yield return new("tactic", tactic.Slug);
        }

        if (Tactics.Count > 1 && !MatchAll)
        {
            yield return new("match", "any");
        }

        if (StatedOnly)
        {
            yield return new("evidence", "stated");
        }

        if (State is not null)
        {
            yield return new("state", State.ToLowerInvariant());
        }

        if (Type is not null)
        {
            yield return new("type", Type.ToString());
        }

        if (MinPopulation is not null)
        {
            yield return new("minPop", MinPopulation.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (MaxPopulation is not null)
        {
            yield return new("maxPop", MaxPopulation.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (Text is not null)
        {
            yield return new("q", Text);
        }

        if (Sort != JurisdictionSort.Name)
        {
            yield return new("sort", SortKey);
        }

        if (PageSize != DefaultPageSize)
        {
            yield return new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
        }

        if (Page > 1)
        {
            yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Each condition in force, with a link to `path` showing the same view (from page 1) without it.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters(string path)
    {
        var reset = this with { Page = 1 };
        var active = new List<ActiveFilter>();
        foreach (var tactic in Tactics)
        {
            active.Add(new($"Tactic: {tactic.Name}", path + (reset with { Tactics = [.. Tactics.Where(t => t != tactic)] }).ToQueryString()));
        }

        if (StatedOnly)
        {
            active.Add(new("Evidence: stated in the text", path + (reset with { StatedOnly = false }).ToQueryString()));
        }

        if (State is not null)
        {
            active.Add(new($"State: {UsStates.FromCode(State)?.Name ?? State}", path + (reset with { State = null }).ToQueryString()));
        }

        if (Type is not null)
        {
            active.Add(new($"Type: {Type}", path + (reset with { Type = null }).ToQueryString()));
        }

        if (MinPopulation is not null)
        {
            active.Add(new($"Population at least {MinPopulation.Value:N0}", path + (reset with { MinPopulation = null }).ToQueryString()));
        }

        if (MaxPopulation is not null)
        {
            active.Add(new($"Population at most {MaxPopulation.Value:N0}", path + (reset with { MaxPopulation = null }).ToQueryString()));
        }

        if (Text is not null)
        {
            active.Add(new($"Text: “{Text}”", path + (reset with { Text = null }).ToQueryString()));
        }

        return active;
    }

    public static FilterResult Parse(JurisdictionFilterInput input, IReadOnlyDictionary<string, TacticRef> knownTactics) =>
        JurisdictionFilterParser.Parse(input, knownTactics);
}

/// <summary>Either a filter or the reasons the input was refused (which never repeat the input itself).</summary>
public sealed record FilterResult(JurisdictionFilter? Filter, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Filter is not null;
}
