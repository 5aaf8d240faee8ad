using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// When each part of the public directory last changed, as index versions: per state, per type, per tactic, and the
/// roster (which places are public, with their slug, name, state, type, location and tactic names: what a link or a
/// map mark of another place shows). A page keyed by the parts it shows (<see cref="PageStamps"/>) stays cached
/// through edits elsewhere: an edit in Ohio leaves every Texas list page as it was. A full rebuild (a bulk import,
/// a change every page shows) moves every part at once.
/// </summary>
public sealed class ChangeStamps
{
    private readonly long rebuilt;
    private readonly Dictionary<string, long> states;
    private readonly Dictionary<JurisdictionType, long> types;
    private readonly long[] tactics;

    private ChangeStamps(long rebuilt, Dictionary<string, long> states, Dictionary<JurisdictionType, long> types, long[] tactics, long roster)
    {
        this.rebuilt = rebuilt;
        this.states = states;
        this.types = types;
        this.tactics = tactics;
        Roster = roster;
    }

    /// <summary>Every part as of a full rebuild at <paramref name="version"/>.</summary>
    public static ChangeStamps Rebuilt(long version, int tacticCount) =>
        new(version, new(StringComparer.Ordinal), [], new long[tacticCount], version);

    public long Roster { get; }

    public long State(string stateCode) => Math.Max(rebuilt, states.GetValueOrDefault(stateCode));

    public long Type(JurisdictionType type) => Math.Max(rebuilt, types.GetValueOrDefault(type));

    public long Tactic(int bit) => Math.Max(rebuilt, bit < tactics.Length ? tactics[bit] : 0);

    /// <summary>
    /// These stamps after places changed at <paramref name="version"/>: every part a changed place belonged to before
    /// or belongs to now moves, so any page whose places include it, then or now, is keyed anew.
    /// </summary>
    public ChangeStamps After(long version, IEnumerable<(DirectoryPlace? Before, DirectoryPlace? After)> changes)
    {
        var nextStates = new Dictionary<string, long>(states, states.Comparer);
        var nextTypes = new Dictionary<JurisdictionType, long>(types);
        var nextTactics = (long[])tactics.Clone();
        var roster = Roster;
        foreach (var (before, after) in changes)
        {
            foreach (var place in new[] { before, after }.OfType<DirectoryPlace>())
            {
                nextStates[place.StateCode] = version;
                if (place.Type is { } type)
                {
                    nextTypes[type] = version;
                }

                foreach (var bit in TacticsOf(place).Members().Where(b => b < nextTactics.Length))
                {
                    nextTactics[bit] = version;
                }
            }

            if (!SameOnTheRoster(before, after))
            {
                roster = version;
            }
        }

        return new ChangeStamps(rebuilt, nextStates, nextTypes, nextTactics, roster);
    }

    /// <summary>Every tactic a place counts in: its claims of any standing and its operations' tactics.</summary>
    private static TacticMask TacticsOf(DirectoryPlace place) =>
        new(place.Operations.Aggregate(place.PublicTactics.Bits | place.CountedTactics.Bits | place.StatedTactics.Bits, (bits, o) => bits | o.Tactics.Bits));

    private static bool SameOnTheRoster(DirectoryPlace? before, DirectoryPlace? after) =>
        before is not null && after is not null
        && before.Slug == after.Slug && before.Name == after.Name && before.StateCode == after.StateCode && before.Type == after.Type
        && before.Latitude == after.Latitude && before.Longitude == after.Longitude && before.PublicTactics == after.PublicTactics;
}
