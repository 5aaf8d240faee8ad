namespace DemandAtlas.Web.Infrastructure;

/// <summary>USPS codes of the states, DC and the territories, for validating filters and naming state pages.</summary>
public static class UsStates
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California",
        ["CO"] = "Colorado", ["CT"] = "Connecticut", ["DE"] = "Delaware", ["DC"] = "District of Columbia",
        ["FL"] = "Florida", ["GA"] = "Georgia", ["HI"] = "Hawaii", ["ID"] = "Idaho", ["IL"] = "Illinois",
        ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas", ["KY"] = "Kentucky", ["LA"] = "Louisiana",
        ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts", ["MI"] = "Michigan", ["MN"] = "Minnesota",
        ["MS"] = "Mississippi", ["MO"] = "Missouri", ["MT"] = "Montana", ["NE"] = "Nebraska", ["NV"] = "Nevada",
        ["NH"] = "New Hampshire", ["NJ"] = "New Jersey", ["NM"] = "New Mexico", ["NY"] = "New York",
        ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma", ["OR"] = "Oregon",
        ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina", ["SD"] = "South Dakota",
        ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont", ["VA"] = "Virginia",
        ["WA"] = "Washington", ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming",
        ["PR"] = "Puerto Rico", ["GU"] = "Guam", ["VI"] = "U.S. Virgin Islands", ["AS"] = "American Samoa",
        ["MP"] = "Northern Mariana Islands",
    };

    public static IEnumerable<KeyValuePair<string, string>> All => Names.OrderBy(s => s.Value, StringComparer.Ordinal);

    /// <summary>The upper-case code when the text is a known USPS code in either case.</summary>
    public static string? Normalize(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetter))
        {
            return null;
        }

        var upper = code.ToUpperInvariant();
        return Names.ContainsKey(upper) ? upper : null;
    }

    public static string? NameOf(string code) => Names.GetValueOrDefault(code.ToUpperInvariant());
}
