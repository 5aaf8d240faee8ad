using System.Globalization;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Synthetic;

/// <summary>Everything one synthetic document says about its place, decided up front so sections agree.</summary>
internal sealed class SyntheticPlace
{
    public required int Number { get; init; }
    public required Random Random { get; init; }
    public required JurisdictionType Type { get; init; }
    public required SyntheticWorld.State State { get; init; }
    public required string Name { get; init; }
    public required string County { get; init; }
    public required int Population { get; init; }
    /// <summary>Neighbours in the same synthetic county (names without state), excluding the county itself.</summary>
    public required IReadOnlyList<string> Neighbours { get; init; }
    public required IReadOnlyList<string> Tactics { get; init; }

    public string Title => $"{Name}, {State.Code}";

    /// <summary>The place's own agency; counties have a sheriff, states and regions a bureau.</summary>
    public string OwnAgency => Type switch
    {
        JurisdictionType.County => SheriffsOffice,
        JurisdictionType.State or JurisdictionType.Region => $"{Name} Bureau of Investigation",
        _ => $"{Name} Police Department",
    };

    public string SheriffsOffice => $"{County} Sheriff’s Office";
    public string DistrictAttorney => $"{County} District Attorney’s Office";
    public string TaskForce => $"{County} Vice Task Force";

    /// <summary>Agencies the operations named, in first-mention order; each becomes a Key Partner.</summary>
    public List<string> NamedAgencies { get; } = [];

    public bool Uses(string slug) => Tactics.Contains(slug);

    public void NoteAgencies(IEnumerable<string> agencies) =>
        NamedAgencies.AddRange(agencies.Where(a => !NamedAgencies.Contains(a)).ToList());

    public static SyntheticPlace Create(int number, int count, Random rng)
    {
        var type = SyntheticWorld.TypeOf(number);
        var tactics = new List<string>();
        foreach (var spec in SyntheticTactics.All)
        {
            if (spec.Share > 0 && rng.NextDouble() < spec.Share)
            {
                tactics.Add(spec.Slug);
            }
        }

        if (!tactics.Contains("reverse-stings") && !tactics.Contains("web-stings") && rng.NextDouble() < 0.8)
        {
            tactics.Add("reverse-stings");
        }

        // Every sting arrests buyers; the operations paragraph will say so with a count.
        if (tactics.Contains("reverse-stings") || tactics.Contains("web-stings"))
        {
            tactics.Add("buyer-arrests");
        }

        return new SyntheticPlace
        {
            Number = number,
            Random = rng,
            Type = type,
            State = SyntheticWorld.StateOf(number),
            Name = SyntheticWorld.PlaceName(number, type),
            County = SyntheticWorld.CountyName(number),
            Population = PopulationFor(type, rng),
            Neighbours = NeighbourNames(number, count, type),
            Tactics = tactics,
        };
    }

    /// <summary>
    /// The places of the same synthetic county. The county and the state-level profile that shares its numbering
    /// are not places in the county, so they neither name neighbours nor are named as one.
    /// </summary>
    private static List<string> NeighbourNames(int number, int count, JurisdictionType type) =>
        type == JurisdictionType.State
            ? []
            : [.. SyntheticWorld.Neighbours(number, count)
                .Select(n => (Number: n, Type: SyntheticWorld.TypeOf(n)))
                .Where(n => n.Type is not (JurisdictionType.County or JurisdictionType.State))
                .Select(n => SyntheticWorld.PlaceName(n.Number, n.Type))];

    /// <summary>Log-normal, like real place sizes: many small towns, a few big cities.</summary>
    private static int PopulationFor(JurisdictionType type, Random rng)
    {
        var (median, spread) = type switch
        {
            JurisdictionType.State => (2_500_000d, 0.8),
            JurisdictionType.County => (120_000d, 1.1),
            JurisdictionType.Region => (300_000d, 0.9),
            JurisdictionType.Village or JurisdictionType.Borough => (4_000d, 1.0),
            _ => (15_000d, 1.3),
        };
        var gauss = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        return (int)Math.Clamp(median * Math.Exp(spread * gauss), 150, 9_500_000);
    }

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>Numbers as documents write them: digits sometimes with separators.</summary>
    public string Digits(int value) =>
        Random.NextDouble() < 0.5 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
