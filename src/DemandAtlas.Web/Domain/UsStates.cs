namespace DemandAtlas.Web.Domain;

/// <summary>USPS codes and names for the 50 states, DC, Puerto Rico and the inhabited territories.</summary>
public static class UsStates
{
    public sealed record State(string Code, string Name)
    {
        /// <summary>The code in lower case, as URLs carry it (`state=ca`).</summary>
        public string Slug { get; } = Code.ToLowerInvariant();
    }

    public static readonly IReadOnlyList<State> All =
    [
        new("AL", "Alabama"), new("AK", "Alaska"), new("AZ", "Arizona"), new("AR", "Arkansas"),
        new("CA", "California"), new("CO", "Colorado"), new("CT", "Connecticut"), new("DE", "Delaware"),
        new("FL", "Florida"), new("GA", "Georgia"), new("HI", "Hawaii"), new("ID", "Idaho"),
        new("IL", "Illinois"), new("IN", "Indiana"), new("IA", "Iowa"), new("KS", "Kansas"),
        new("KY", "Kentucky"), new("LA", "Louisiana"), new("ME", "Maine"), new("MD", "Maryland"),
        new("MA", "Massachusetts"), new("MI", "Michigan"), new("MN", "Minnesota"), new("MS", "Mississippi"),
        new("MO", "Missouri"), new("MT", "Montana"), new("NE", "Nebraska"), new("NV", "Nevada"),
        new("NH", "New Hampshire"), new("NJ", "New Jersey"), new("NM", "New Mexico"), new("NY", "New York"),
        new("NC", "North Carolina"), new("ND", "North Dakota"), new("OH", "Ohio"), new("OK", "Oklahoma"),
        new("OR", "Oregon"), new("PA", "Pennsylvania"), new("RI", "Rhode Island"), new("SC", "South Carolina"),
        new("SD", "South Dakota"), new("TN", "Tennessee"), new("TX", "Texas"), new("UT", "Utah"),
        new("VT", "Vermont"), new("VA", "Virginia"), new("WA", "Washington"), new("WV", "West Virginia"),
        new("WI", "Wisconsin"), new("WY", "Wyoming"),
        new("DC", "District of Columbia"), new("PR", "Puerto Rico"), new("GU", "Guam"),
        new("VI", "U.S. Virgin Islands"), new("AS", "American Samoa"), new("MP", "Northern Mariana Islands"),
    ];

    private static readonly Dictionary<string, State> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The same, in name order (the filter form's list).</summary>
    public static readonly IReadOnlyList<State> InNameOrder = [.. All.OrderBy(s => s.Name, StringComparer.Ordinal)];

    private static readonly Dictionary<string, State> ByName = All
        .Select(s => (Key: Fold(s.Name), State: s))
        .Append((Key: Fold("Washington DC"), State: ByCode["DC"]))
        .Append((Key: Fold("Virgin Islands"), State: ByCode["VI"]))
        .ToDictionary(p => p.Key, p => p.State, StringComparer.Ordinal);

    public static State? FromCode(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var state) ? state : null;

    /// <summary>Looks a state up by name, ignoring case, punctuation and extra spaces.</summary>
    public static State? FromName(string? name) =>
        name is not null && ByName.TryGetValue(Fold(name), out var state) ? state : null;

    /// <summary>A USPS code or a name.</summary>
    public static State? Find(string? codeOrName) => FromCode(codeOrName) ?? FromName(codeOrName);

    private static string Fold(string name) => Domain.TacticCatalog.Key(name);
}
