using System.Globalization;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Synthetic;

/// <summary>
/// The made-up geography synthetic profiles live in: every state and DC, synthetic counties of a few
/// members each (so neighbours and shared partners exist), and names that can never be real places.
/// </summary>
internal static class SyntheticWorld
{
    internal sealed record State(string Code, string Name, double Latitude, double Longitude);

    /// <summary>Approximate centroids; synthetic locations scatter around them.</summary>
    internal static readonly IReadOnlyList<State> States =
    [
        new("AL", "Alabama", 32.8, -86.8), new("AK", "Alaska", 61.4, -152.3), new("AZ", "Arizona", 34.2, -111.7),
        new("AR", "Arkansas", 34.9, -92.4), new("CA", "California", 37.2, -119.5), new("CO", "Colorado", 39.0, -105.5),
        new("CT", "Connecticut", 41.6, -72.7), new("DE", "Delaware", 39.0, -75.5), new("DC", "District of Columbia", 38.9, -77.0),
        new("FL", "Florida", 28.6, -82.4), new("GA", "Georgia", 32.7, -83.4), new("HI", "Hawaii", 20.8, -156.3),
        new("ID", "Idaho", 44.4, -114.6), new("IL", "Illinois", 40.0, -89.2), new("IN", "Indiana", 39.9, -86.3),
        new("IA", "Iowa", 42.1, -93.5), new("KS", "Kansas", 38.5, -98.4), new("KY", "Kentucky", 37.5, -85.3),
        new("LA", "Louisiana", 31.1, -92.0), new("ME", "Maine", 45.4, -69.2), new("MD", "Maryland", 39.0, -76.8),
        new("MA", "Massachusetts", 42.3, -71.8), new("MI", "Michigan", 44.3, -85.4), new("MN", "Minnesota", 46.3, -94.3),
        new("MS", "Mississippi", 32.7, -89.7), new("MO", "Missouri", 38.4, -92.5), new("MT", "Montana", 47.0, -109.6),
        new("NE", "Nebraska", 41.5, -99.8), new("NV", "Nevada", 39.3, -116.6), new("NH", "New Hampshire", 43.7, -71.6),
        new("NJ", "New Jersey", 40.2, -74.7), new("NM", "New Mexico", 34.4, -106.1), new("NY", "New York", 42.9, -75.5),
        new("NC", "North Carolina", 35.6, -79.4), new("ND", "North Dakota", 47.5, -100.5), new("OH", "Ohio", 40.3, -82.8),
        new("OK", "Oklahoma", 35.6, -97.5), new("OR", "Oregon", 43.9, -120.6), new("PA", "Pennsylvania", 40.9, -77.8),
        new("RI", "Rhode Island", 41.7, -71.5), new("SC", "South Carolina", 33.9, -80.9), new("SD", "South Dakota", 44.4, -100.2),
        new("TN", "Tennessee", 35.9, -86.4), new("TX", "Texas", 31.5, -99.3), new("UT", "Utah", 39.3, -111.7),
        new("VT", "Vermont", 44.1, -72.7), new("VA", "Virginia", 37.5, -78.9), new("WA", "Washington", 47.4, -120.5),
        new("WV", "West Virginia", 38.6, -80.6), new("WI", "Wisconsin", 44.6, -89.9), new("WY", "Wyoming", 43.0, -107.6),
    ];

    /// <summary>Members per synthetic county; member 0 is the county's own profile.</summary>
    internal const int CountySize = 6;

    private static readonly string[] Stems =
        ["Synthville", "Synthton", "Synthburg", "Synthford", "Synthdale", "Synthfield", "Synthport", "Synthwood", "Synthmont", "Synthbrook"];

    /// <summary>Zero-based county of a one-based document number.</summary>
    internal static int CountyOf(int number) => (number - 1) / CountySize;

    /// <summary>Rough populations in millions: after the first round, big states get more profiles, as in real collections.</summary>
    internal static readonly double[] Weights =
    [
        5.1, 0.7, 7.4, 3.0, 39.0, 5.8, 3.6, 1.0, 0.7, 22.0, 11.0, 1.4, 1.9, 12.5, 6.8, 3.2, 2.9, 4.5, 4.6, 1.4, 6.2, 7.0,
        10.0, 5.7, 2.9, 6.2, 1.1, 2.0, 3.2, 1.4, 9.3, 2.1, 20.0, 10.7, 0.8, 11.8, 4.0, 4.2, 13.0, 1.1, 5.3, 0.9, 7.0, 30.0,
        3.4, 0.65, 8.7, 7.8, 1.8, 5.9, 0.58,
    ];

    private static readonly double TotalWeight = Weights.Sum();

    /// <summary>
    /// The first 51 counties (306 documents) take one state each, so even small sets cover every state and DC;
    /// later counties pick a state weighted by population. A county's members all share its state.
    /// </summary>
    internal static State StateOf(int number)
    {
        var county = CountyOf(number);
        if (county < States.Count)
        {
            return States[county];
        }

        var target = Mix(county, 29) / (double)uint.MaxValue * TotalWeight;
        for (var i = 0; i < Weights.Length; i++)
        {
            target -= Weights[i];
            if (target < 0)
            {
                return States[i];
            }
        }

        return States[^1];
    }

    internal static string CountyName(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"Synthcounty {CountyOf(number) + 1:00000} County");

    /// <summary>A place's name without its state: "Synthford 00421", "Synthcounty 00071 County".</summary>
    internal static string PlaceName(int number, JurisdictionType type) => type switch
    {
        JurisdictionType.County => CountyName(number),
        JurisdictionType.State => string.Create(CultureInfo.InvariantCulture, $"Synthstate {number:00000}"),
        JurisdictionType.Region => string.Create(CultureInfo.InvariantCulture, $"Synthregion {number:00000}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Stems[number % Stems.Length]} {number:00000}"),
    };

    /// <summary>
    /// Type is a pure function of the number so neighbours can name each other without generating each other.
    /// A state has one state-level profile, as in real collections: the second member of each of the first 51
    /// counties (one county per state, see <see cref="StateOf"/>). Every other document is a county or a place.
    /// </summary>
    internal static JurisdictionType TypeOf(int number)
    {
        if ((number - 1) % CountySize == 0)
        {
            return JurisdictionType.County;
        }

        if (IsStateLevel(number))
        {
            return JurisdictionType.State;
        }

        return (Mix(number, 17) % 100) switch
        {
            < 46 => JurisdictionType.City,
            < 68 => JurisdictionType.Town,
            < 77 => JurisdictionType.Village,
            < 83 => JurisdictionType.Borough,
            < 93 => JurisdictionType.Township,
            _ => JurisdictionType.Region,
        };
    }

    private static bool IsStateLevel(int number) => (number - 1) % CountySize == 1 && CountyOf(number) < States.Count;

    /// <summary>The other members of a document's county that exist within the generated count.</summary>
    internal static IEnumerable<int> Neighbours(int number, int count)
    {
        var first = (CountyOf(number) * CountySize) + 1;
        for (var other = first; other < first + CountySize && other <= count; other++)
        {
            if (other != number)
            {
                yield return other;
            }
        }
    }

    /// <summary>A cheap stable hash (no Random needed) for properties other documents must agree on.</summary>
    internal static uint Mix(int number, int salt)
    {
        var x = (uint)number * 0x9E3779B1u ^ (uint)salt * 0x85EBCA77u;
        x ^= x >> 15;
        x *= 0x2C1B3C6Du;
        x ^= x >> 12;
        return x;
    }
}
