using System.Buffers;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Pages.Jurisdictions;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// One public jurisdiction as the directory index holds it: the list row's columns, its tactics as bit masks
/// (bit = the tactic's position in <see cref="DirectoryIndex.Tactics"/>): public claims, counted claims
/// (confidential ones too) and public claims a sentence or an editor states; the names the `q` filter searches;
/// its operations' small numbers. The index adds its list row and map mark, made once when it is loaded rather
/// than on every request.
/// </summary>
public sealed record DirectoryPlace(
    int Id,
    string Slug,
    string Name,
    string StateCode,
    string StateName,
    JurisdictionType? Type,
    string? County,
    int? Population,
    DateTimeOffset UpdatedAt,
    double? Latitude,
    double? Longitude,
    TacticMask PublicTactics,
    TacticMask CountedTactics,
    TacticMask StatedTactics,
    IReadOnlyList<string> PartnerNames,
    IReadOnlyList<PlaceOperation> Operations)
{
    /// <summary>Set by the index, which names the tactics: the list row, the map's view of this place and its mark.</summary>
    public JurisdictionRow Row { get; init; } = null!;

    public MapPlace MapPlace { get; init; } = null!;

    public MapMark? Mark { get; init; }

    /// <summary>The index version that loaded this place: its own pages are cached by it (<see cref="PageStamps"/>).</summary>
    public long Stamp { get; init; }

    /// <summary>
    /// The name, county and partner names, one a line, in upper case (invariant): the `q` filter searches them in
    /// one ordinal pass, which is what an ignore-case search is, without folding the case on every comparison.
    /// </summary>
    public string SearchText { get; init; } = "";

    /// <summary>The `q` filter: the name, the county or a partner's name contains the text (<see cref="SearchFor"/>).</summary>
    public bool Mentions(SearchValues<string> text) => SearchText.AsSpan().ContainsAny(text);

    /// <summary>
    /// The `q` text as <see cref="Mentions"/> looks for it, prepared once per filter for the many places it is looked
    /// for in. Null for text with a line break: no field spans a line, so it matches nothing.
    /// </summary>
    /// <param name="upperText">The text in upper case (<see cref="string.ToUpperInvariant"/>), as the search text is.</param>
    public static SearchValues<string>? SearchFor(string upperText) =>
        upperText.Contains('\n', StringComparison.Ordinal) ? null : SearchValues.Create([upperText], StringComparison.Ordinal);
}

/// <summary>
/// An operation of a public place: enough to count it. Every one counts in totals; only <paramref name="IsPublic"/>
/// ones may be shown with their place (<see cref="Visibility.PublicOperation"/>).
/// </summary>
public readonly record struct PlaceOperation(int Id, int Year, int? Month, int? Day, int? Arrests, TacticMask Tactics, bool IsPublic);

/// <summary>A set of tactics as bits; the index has at most 64 tactics (the catalog has 15).</summary>
public readonly record struct TacticMask(ulong Bits)
{
    public static TacticMask Of(int bit) => new(1UL << bit);

    public bool Has(int bit) => (Bits & (1UL << bit)) != 0;

    public bool HasAll(TacticMask other) => (Bits & other.Bits) == other.Bits;

    public bool HasAny(TacticMask other) => (Bits & other.Bits) != 0;

    public TacticMask With(int bit) => new(Bits | (1UL << bit));

    public int Count => System.Numerics.BitOperations.PopCount(Bits);

    public bool IsEmpty => Bits == 0;

    /// <summary>The bits set, lowest first (the tactics in catalog order).</summary>
    public IEnumerable<int> Members()
    {
        for (var bits = Bits; bits != 0; bits &= bits - 1)
        {
            yield return System.Numerics.BitOperations.TrailingZeroCount(bits);
        }
    }
}
