using System.Globalization;
using DemandAtlas.Web.Domain;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Pages.Admin.Review;

/// <summary>
/// Which waiting claims the review queue shows: the query string of the page, and the hidden fields its forms post
/// back, so a decision returns to the same view. Parsed once; messages name the rule, never the input.
/// </summary>
public sealed record ReviewFilter
{
    public const int PageSize = 50;
    private const int MaxPage = 100_000;

    /// <summary>Pending or Inferred; null for both (pending first).</summary>
    public ClaimStatus? Status { get; init; }
    public EvidenceStrength? Strength { get; init; }
    /// <summary>Tactic slug, and its id once resolved against the store.</summary>
    public string? Tactic { get; init; }
    public int? TacticId { get; init; }
    /// <summary>Upper-case USPS code.</summary>
    public string? State { get; init; }
    /// <summary>One place's slug, and its id once resolved.</summary>
    public string? Place { get; init; }
    public int? PlaceId { get; init; }
    public int Page { get; init; } = 1;

    public bool HasConditions => Status is not null || Strength is not null || Tactic is not null || State is not null || Place is not null;

    /// <summary>The statuses this view reads, in queue order.</summary>
    public IReadOnlyList<ClaimStatus> Statuses => Status is { } only ? [only] : ClaimReview.AwaitingInOrder;

    public static (ReviewFilter? Filter, IReadOnlyList<string> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        var raw = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            raw.TryAdd(key, Blank(value.FirstOrDefault()));
        }

        string? Get(string key) => raw.GetValueOrDefault(key);
        var errors = new List<string>();

        ClaimStatus? status = null;
        if (Get("status") is { } rawStatus)
        {
            status = ClaimReview.AwaitingInOrder.Where(s => string.Equals(s.ToString(), rawStatus, StringComparison.OrdinalIgnoreCase)).Select(s => (ClaimStatus?)s).FirstOrDefault()
                ?? Fail<ClaimStatus?>(errors, "Status must be pending or inferred.");
        }

        EvidenceStrength? strength = null;
        if (Get("strength") is { } rawStrength)
        {
            strength = EvidenceStrengths.TryParse(rawStrength, out var parsed)
                ? parsed
                : Fail<EvidenceStrength?>(errors, "Evidence must be one of " + string.Join(", ", EvidenceStrengths.WeakestFirst.Select(EvidenceStrengths.Name)) + ".");
        }

        string? state = null;
        if (Get("state") is { } rawState)
        {
            state = UsStates.FromCode(rawState)?.Code ?? Fail<string?>(errors, "State must be a two-letter USPS code such as ma.");
        }

        var tactic = Get("tactic");
        if (tactic is { Length: > 120 })
        {
            tactic = Fail<string?>(errors, "The tactic is not one of the directory's tactics; choose it from the list.");
        }

        var place = Get("place");
        if (place is { Length: > 120 })
        {
            place = Fail<string?>(errors, "No jurisdiction has that address; open the queue from its claims page.");
        }

        var page = 1;
        if (Get("page") is { } rawPage && !(int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage))
        {
            page = Fail(errors, "Page must be a whole number of at least 1.", 1);
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ReviewFilter { Status = status, Strength = strength, State = state, Tactic = tactic?.ToLowerInvariant(), Place = place?.ToLowerInvariant(), Page = page }, errors);
    }

    /// <summary>The query string (with its `?`, or empty); page 1 is left out.</summary>
    public string ToQueryString() =>
        QueryString.Create(Fields().Where(f => f.Value.Length > 0).Select(f => new KeyValuePair<string, string?>(f.Key, f.Value))).ToString();

    /// <summary>The view as name/value pairs: the query string's, and the hidden fields of the decision forms.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields()
    {
        yield return new("status", Status?.ToString().ToLowerInvariant() ?? "");
        yield return new("strength", EvidenceStrengths.Name(Strength) ?? "");
        yield return new("tactic", Tactic ?? "");
        yield return new("state", State?.ToLowerInvariant() ?? "");
        yield return new("place", Place ?? "");
        yield return new("page", Page == 1 ? "" : Page.ToString(CultureInfo.InvariantCulture));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T Fail<T>(List<string> errors, string message, T fallback = default!)
    {
        errors.Add(message);
        return fallback;
    }
}
