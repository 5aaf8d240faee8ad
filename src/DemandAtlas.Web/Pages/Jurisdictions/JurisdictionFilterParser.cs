using System.Globalization;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>Turns raw query text into a <see cref="JurisdictionFilter"/>; messages describe the rule, not the input.</summary>
internal static class JurisdictionFilterParser
{
    private const int MaxTextLength = 100;
    private const int MaxPage = 100_000;

    public static FilterResult Parse(JurisdictionFilterInput input, IReadOnlyDictionary<string, TacticRef> knownTactics)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tactics = new List<TacticRef>();
        foreach (var slug in (input.Tactic ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()))
        {
            if (!knownTactics.TryGetValue(slug, out var tactic))
            {
                errors["tactic"] = ["A tactic in the filter is not one of the directory's tactics; choose them from the list."];
            }
            else if (!tactics.Contains(tactic))
            {
                tactics.Add(tactic);
            }
        }

        var matchAll = Blank(input.Match) switch
        {
            null or "all" => true,
            "any" => false,
            _ => Fail(errors, "match", "Match must be all or any.", true),
        };

        var statedOnly = Blank(input.Evidence) switch
        {
            null or "any" => false,
            "stated" => true,
            _ => Fail(errors, "evidence", "Evidence must be stated or any.", false),
        };

        string? state = null;
        if (Blank(input.State) is { } rawState)
        {
            state = UsStates.FromCode(rawState)?.Code ?? Fail<string?>(errors, "state", "State must be a two-letter USPS code such as ma.", null);
        }

        JurisdictionType? type = null;
        if (Blank(input.Type) is { } rawType)
        {
            type = Enum.GetNames<JurisdictionType>().FirstOrDefault(n => string.Equals(n, rawType, StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse<JurisdictionType>(name)
                : Fail<JurisdictionType?>(errors, "type", "Type must be one of " + string.Join(", ", Enum.GetNames<JurisdictionType>()) + ".", null);
        }

        var minPop = Number(input.MinPop, "minPop", "The smallest population must be a whole number of at least 0.", 0, int.MaxValue, errors);
        var maxPop = Number(input.MaxPop, "maxPop", "The largest population must be a whole number of at least 0.", 0, int.MaxValue, errors);
        if (minPop is not null && maxPop is not null && minPop > maxPop)
        {
            errors["maxPop"] = ["The largest population must not be below the smallest."];
        }

        var text = Blank(input.Q);
        if (text is { Length: > MaxTextLength })
        {
            errors["q"] = [$"Search text must be at most {MaxTextLength} characters."];
        }

        var sort = JurisdictionSort.Name;
        if (Blank(input.Sort) is { } rawSort && !JurisdictionFilter.SortKeys.TryGetValue(rawSort, out sort))
        {
            errors["sort"] = ["Sort must be one of " + string.Join(", ", JurisdictionFilter.SortKeys.Keys) + "."];
        }

        var page = Number(input.Page, "page", "Page must be a whole number of at least 1.", 1, MaxPage, errors) ?? 1;
        var pageSize = Number(input.PageSize, "pageSize", $"Page size must be a whole number from 1 to {JurisdictionFilter.MaxPageSize}.", 1, JurisdictionFilter.MaxPageSize, errors)
            ?? JurisdictionFilter.DefaultPageSize;

        if (errors.Count > 0)
        {
            return new FilterResult(null, errors);
        }

        return new FilterResult(
            new JurisdictionFilter
            {
                Tactics = tactics,
                MatchAll = matchAll,
                StatedOnly = statedOnly,
                State = state,
                Type = type,
                MinPopulation = minPop,
                MaxPopulation = maxPop,
                Text = text,
                Sort = sort,
                Page = page,
                PageSize = pageSize,
            },
            errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Number(string? raw, string key, string message, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Blank(raw) is not { } text)
        {
            return null;
        }

        // Thousands separators are what people type ("20,000"); anything else is refused.
        if (int.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[key] = [message];
        return null;
    }

    private static T Fail<T>(Dictionary<string, string[]> errors, string key, string message, T fallback)
    {
        errors[key] = [message];
        return fallback;
    }
}
