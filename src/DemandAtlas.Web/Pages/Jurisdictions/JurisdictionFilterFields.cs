using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// Every parameter of the jurisdiction list, once: the pages, `/jurisdictions.csv` and `/api/jurisdictions` bind,
/// validate, link and document their filters from this list, in this order (which is the canonical query string's).
/// A new filter is a field here, a property of <see cref="JurisdictionFilter"/>, the two queries that read it, and a
/// control in `_FilterForm.cshtml`; tests fail when the form or the index agreement test lacks one.
/// </summary>
public static class JurisdictionFilterFields
{
    public const int MaxTextLength = 100;
    public const int MaxPage = 100_000;

    private static readonly Dictionary<string, bool> MatchChoices = new(StringComparer.Ordinal) { ["all"] = true, ["any"] = false };
    private static readonly Dictionary<string, bool> EvidenceChoices = new(StringComparer.Ordinal) { ["any"] = false, ["stated"] = true };
    private static readonly Dictionary<string, JurisdictionType?> TypeChoices =
        Enum.GetValues<JurisdictionType>().ToDictionary(t => t.ToString(), t => (JurisdictionType?)t, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<FilterField<JurisdictionFilter>> All =
    [
        FilterFields.Tactics(
            "tactic", "A tactic slug such as `web-stings` (see /api/tactics). Repeat the parameter for several tactics (see `match`).",
            "A tactic in the filter is not one of the directory's tactics; choose them from the list.",
            (JurisdictionFilter f) => f.Tactics, (f, v) => f with { Tactics = v }, t => $"Tactic: {t.Name}"),
        FilterFields.Choice(
            "match", "`all` (the default): only what has every tactic given; `any`: what has at least one of them.",
            "Match must be all or any.", MatchChoices,
            (JurisdictionFilter f) => f.MatchAll, (f, v) => f with { MatchAll = v }, none: true)
            .WrittenOnlyWhen(f => f.Tactics.Count > 1),
        FilterFields.Choice(
            "evidence", "`stated`: only tactics a sentence of the profile (or an editor) states, not ones only named in a source heading or listed; `any` (the default): any evidence.",
            "Evidence must be stated or any.", EvidenceChoices,
            (JurisdictionFilter f) => f.StatedOnly, (f, v) => f with { StatedOnly = v }, none: false, _ => "Evidence: stated in the text"),
        FilterFields.Value(
            "state", "A two-letter USPS state code such as `ma`, in either case.",
            "State must be a two-letter USPS code such as ma.",
            text => UsStates.FromCode(text)?.Code is { } code ? (true, code) : (false, null),
            code => code!.ToLowerInvariant(),
            (JurisdictionFilter f) => f.State, (f, v) => f with { State = v }, none: null, code => $"State: {UsStates.FromCode(code!)?.Name ?? code}"),
        FilterFields.Choice(
            "type", "The kind of jurisdiction: City, County, State, Town, Village, Borough, Township or Region.",
            "Type must be one of " + string.Join(", ", Enum.GetNames<JurisdictionType>()) + ".", TypeChoices,
            (JurisdictionFilter f) => f.Type, (f, v) => f with { Type = v }, none: null, type => $"Type: {type}"),
        FilterFields.Number(
            "minPop", "The smallest population to include (a whole number; jurisdictions without a population are left out).",
            "The smallest population must be a whole number of at least 0.", 0, int.MaxValue,
            (JurisdictionFilter f) => f.MinPopulation, (f, v) => f with { MinPopulation = v }, label: n => $"Population at least {n:N0}"),
        FilterFields.Number(
            "maxPop", "The largest population to include (a whole number, not below `minPop`).",
            "The largest population must be a whole number of at least 0.", 0, int.MaxValue,
            (JurisdictionFilter f) => f.MaxPopulation, (f, v) => f with { MaxPopulation = v }, label: n => $"Population at most {n:N0}")
            with { Check = f => f.MinPopulation > f.MaxPopulation ? "The largest population must not be below the smallest." : null },
        FilterFields.Text(
            "q", $"Text to look for in a jurisdiction's name, its county or the name of a partner agency (up to {MaxTextLength} characters).",
            $"Search text must be at most {MaxTextLength} characters.", MaxTextLength,
            (JurisdictionFilter f) => f.Text, (f, v) => f with { Text = v }, text => $"Text: “{text}”"),
        FilterFields.Choice(
            "sort", "The order: `name` (the default), `-name`, `population`, `-population`, `updated` or `-updated`; a leading minus reverses it.",
            "Sort must be one of " + string.Join(", ", JurisdictionFilter.SortKeys.Keys) + ".", JurisdictionFilter.SortKeys,
            (JurisdictionFilter f) => f.Sort, (f, v) => f with { Sort = v }, none: JurisdictionSort.Name),
        FilterFields.Number(
            "pageSize", $"Items per page, from 1 to {JurisdictionFilter.MaxPageSize} (the default is {JurisdictionFilter.DefaultPageSize}).",
            $"Page size must be a whole number from 1 to {JurisdictionFilter.MaxPageSize}.", 1, JurisdictionFilter.MaxPageSize,
            (JurisdictionFilter f) => f.PageSize, (f, v) => f with { PageSize = v ?? JurisdictionFilter.DefaultPageSize }, none: JurisdictionFilter.DefaultPageSize),
        FilterFields.Number(
            "page", "The page to return, from 1 (the default).",
            "Page must be a whole number of at least 1.", 1, MaxPage,
            (JurisdictionFilter f) => f.Page, (f, v) => f with { Page = v ?? 1 }, none: 1),
    ];

    /// <summary>The field for <paramref name="key"/>; for lists that take some of these (the operation list).</summary>
    public static FilterField<JurisdictionFilter> Named(string key) => All.Single(f => f.Key == key);
}
