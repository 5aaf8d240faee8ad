using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Pages;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using DemandAtlas.Web.Pages.States;
using DemandAtlas.Web.Pages.Tactics;

namespace DemandAtlas.Web.Caching;

/// <summary>A tactic as the index knows it; its bit in every <see cref="TacticMask"/> is its position in the list.</summary>
public sealed record IndexedTactic(int Id, string Slug, string Name, string Description, string? NationalContext)
{
    public TacticRef Ref { get; } = new(Id, Slug, Name);
}

/// <summary>
/// An immutable snapshot of the public directory in memory: every public place in name order, sets of places per
/// tactic, state and type, the orders the list sorts by, and the directory-wide figures the home, tactic and state
/// pages show, computed when the snapshot is built — off the request path — never per request. A filter is then a
/// few set operations and a page or a chart a walk over the matching places; nothing grows with the directory but
/// the size of the answer. SQL stays the source of truth: <see cref="DirectoryIndexService"/> builds snapshots from
/// it and follows the change feed, and a test checks that both answer random filters alike.
/// </summary>
public sealed partial class DirectoryIndex
{
    /// <summary>Sets of fewer places than this never count confidential items: a total could point at one place.</summary>
    public const int MinimumSetForConfidential = 3;

    private readonly Dictionary<int, int> positionOfId;
    private readonly Dictionary<string, int> positionOfSlug;
    private readonly Dictionary<int, int> bitOfTactic;
    private readonly PlaceSet[] publicByTactic;
    private readonly PlaceSet[] statedByTactic;
    private readonly PlaceSet[] countedByTactic;
    private readonly LetterPairSets letterPairs;
    private readonly YearPlanes countedYears;
    private readonly YearPlanes publicYears;
    private readonly Dictionary<string, PlaceSet> byState;
    private readonly Dictionary<JurisdictionType, PlaceSet> byType;
    private readonly PlaceSet empty;

    /// <summary>Places by population band; a range filter takes whole bands and checks only the two at its ends.</summary>
    private readonly (int Low, int High, PlaceSet Places)[] populationBands;

    private static readonly int[] BandEdges = [int.MinValue, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000];

    /// <summary>Positions in population order (unknown last), ties by name; and the same for the update time.</summary>
    private readonly int[] byPopulation;
    private readonly int[] byPopulationDescending;
    private readonly int[] byUpdated;
    private readonly int[] byUpdatedDescending;

    /// <param name="previous">A snapshot with the same places in the same order but for those at <paramref name="changed"/>, or null.</param>
    private DirectoryIndex(long version, long feedPosition, IReadOnlyList<IndexedTactic> tactics, DirectoryPlace[] places, DirectoryIndex? previous, IReadOnlySet<int> changed, ChangeStamps stamps)
    {
        Version = version;
        Stamps = stamps;
        FeedPosition = feedPosition;
        Tactics = tactics;
        Places = places;
        // With a predecessor holding the same places in the same order but a few edited (a save), its lookups, sets
        // and orders are patched at those positions instead of built again: a pass after a save then costs little
        // more than the places it reloads, which is what lets edits keep up while readers are served.
        var patch = previous is not null && changed.Count <= 64;
        if (patch)
        {
            var before = previous!.Places;
            bitOfTactic = previous.bitOfTactic;
            TacticsBySlug = previous.TacticsBySlug;
            positionOfId = previous.positionOfId;
            positionOfSlug = changed.All(i => places[i].Slug == before[i].Slug) ? previous.positionOfSlug : SlugPositions(places);
            All = previous.All;
            empty = previous.empty;
            publicByTactic = Patch(previous.publicByTactic, places, changed, p => p.PublicTactics);
            statedByTactic = Patch(previous.statedByTactic, places, changed, p => p.StatedTactics);
            countedByTactic = Patch(previous.countedByTactic, places, changed, p => p.CountedTactics);
            letterPairs = previous.letterPairs.Patched(places, changed);
            countedYears = previous.countedYears.Patched(places, changed, _ => true);
            publicYears = previous.publicYears.Patched(places, changed, o => o.IsPublic);
            byState = Regroup(previous.byState, empty, changed, before, places, p => [p.StateCode]);
            byType = Regroup(previous.byType, empty, changed, before, places, p => p.Type is { } type ? [type] : []);
            populationBands = [.. previous.populationBands.Select(band =>
                (band.Low, band.High, band.Places.With(changed.Select(i => (i, InBand(places[i], band.Low, band.High))))))];
        }
        else
        {
            bitOfTactic = tactics.Select((t, bit) => (t.Id, bit)).ToDictionary(x => x.Id, x => x.bit);
            TacticsBySlug = tactics.ToDictionary(t => t.Slug, t => t.Ref, StringComparer.Ordinal);
            positionOfId = new Dictionary<int, int>(places.Length);
            for (var i = 0; i < places.Length; i++)
            {
                positionOfId[places[i].Id] = i;
            }

            positionOfSlug = SlugPositions(places);
            All = PlaceSet.All(places.Length);
            empty = PlaceSet.Of(places.Length, []);
            publicByTactic = ByTactic(tactics.Count, places, p => p.PublicTactics);
            statedByTactic = ByTactic(tactics.Count, places, p => p.StatedTactics);
            countedByTactic = ByTactic(tactics.Count, places, p => p.CountedTactics);
            letterPairs = LetterPairSets.Build(places);
            countedYears = YearPlanes.Build(places, _ => true);
            publicYears = YearPlanes.Build(places, o => o.IsPublic);
            byState = Enumerable.Range(0, places.Length).GroupBy(i => places[i].StateCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => PlaceSet.Of(places.Length, g), StringComparer.Ordinal);
            populationBands = [.. BandEdges.Select((low, b) => (Low: low, High: b + 1 < BandEdges.Length ? BandEdges[b + 1] - 1 : int.MaxValue))
                .Select(band => (band.Low, band.High, PlaceSet.Of(places.Length, Enumerable.Range(0, places.Length).Where(i => InBand(places[i], band.Low, band.High)))))];
            byType = Enumerable.Range(0, places.Length).Where(i => places[i].Type is not null).GroupBy(i => places[i].Type!.Value)
                .ToDictionary(g => g.Key, g => PlaceSet.Of(places.Length, g));
        }

        byPopulation = patch ? Patch(previous!.byPopulation, changed, ComparePopulation) : Sorted(ComparePopulation);
        byPopulationDescending = patch ? Patch(previous!.byPopulationDescending, changed, ComparePopulationDescending) : Sorted(ComparePopulationDescending);
        byUpdated = patch ? Patch(previous!.byUpdated, changed, CompareUpdated) : Sorted(CompareUpdated);
        byUpdatedDescending = patch ? Patch(previous!.byUpdatedDescending, changed, CompareUpdatedDescending) : Sorted(CompareUpdatedDescending);

        // The directory-wide figures: after a save, the previous snapshot's less the edited places' old operations plus
        // their new ones; a pass then costs what the edit touched, not what the directory holds.
        var (operationsByTactic, yearsByTactic) = patch ? PatchedTacticFigures(previous!, changed) : TacticFigures(tactics.Count, places);
        Totals = patch ? PatchedTotals(previous!, changed) : new DirectoryTotals(
            places.Length,
            byState.Count,
            places.Sum(p => p.Operations.Count),
            places.Sum(p => p.Operations.Sum(o => o.Arrests ?? 0)),
            places.Length == 0 ? null : places.Max(p => p.UpdatedAt));
        TacticSummaries = [.. tactics.Select((t, bit) => new TacticSummary(t.Id, t.Slug, t.Name, t.Description, t.NationalContext, countedByTactic[bit].Count, operationsByTactic[bit]))];
        YearsByTactic = yearsByTactic;
        States = [.. byState
            .Select(s => new StateCount(s.Key, places[s.Value.Positions().First()].StateName, s.Value.Count))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];
        HomeMap = Map(All) with { Shared = true };
        HomeCharts = patch
            ? Charts(All, ChartKinds.OperationsByYear | ChartKinds.CoOccurrence, "home-chart") with { States = PatchedStateTotals(previous!, changed) }
            : Charts(All, ChartKinds.OperationsByYear | ChartKinds.OperationsByState | ChartKinds.CoOccurrence, "home-chart");
    }

    /// <summary>Per tactic bit, its operations and their count and arrests per year: one pass over every operation.</summary>
    private static (int[] Operations, IReadOnlyList<IReadOnlyList<YearCount>> Years) TacticFigures(int tactics, DirectoryPlace[] places)
    {
        var operationsByTactic = new int[tactics];
        var yearsByTactic = Enumerable.Range(0, tactics).Select(_ => new SortedDictionary<int, (int Operations, int Arrests)>()).ToArray();
        foreach (var operation in places.SelectMany(p => p.Operations))
        {
            foreach (var bit in operation.Tactics.Members())
            {
                operationsByTactic[bit]++;
                var (count, arrests) = yearsByTactic[bit].GetValueOrDefault(operation.Year);
                yearsByTactic[bit][operation.Year] = (count + 1, arrests + (operation.Arrests ?? 0));
            }
        }

        return (operationsByTactic, [.. yearsByTactic.Select(YearList)]);
    }

    /// <summary>The previous snapshot's per-tactic figures with the changed places' operations taken out and put back.</summary>
    private (int[] Operations, IReadOnlyList<IReadOnlyList<YearCount>> Years) PatchedTacticFigures(DirectoryIndex previous, IReadOnlySet<int> changed)
    {
        var operationsByTactic = previous.TacticSummaries.Select(t => t.Operations).ToArray();
        var years = new Dictionary<int, SortedDictionary<int, (int Operations, int Arrests)>>();
        void Count(PlaceOperation operation, int sign)
        {
            foreach (var bit in operation.Tactics.Members())
            {
                operationsByTactic[bit] += sign;
                if (!years.TryGetValue(bit, out var counts))
                {
                    years[bit] = counts = new(previous.YearsByTactic[bit].ToDictionary(y => y.Year, y => (y.Operations, y.Arrests)));
                }

                var (count, arrests) = counts.GetValueOrDefault(operation.Year);
                counts[operation.Year] = (count + sign, arrests + sign * (operation.Arrests ?? 0));
            }
        }

        foreach (var at in changed)
        {
            foreach (var operation in previous.Places[at].Operations)
            {
                Count(operation, -1);
            }

            foreach (var operation in Places[at].Operations)
            {
                Count(operation, +1);
            }
        }

        return (operationsByTactic, [.. previous.YearsByTactic.Select((list, bit) => years.TryGetValue(bit, out var counts) ? YearList(counts) : list)]);
    }

    private static IReadOnlyList<YearCount> YearList(SortedDictionary<int, (int Operations, int Arrests)> years) =>
        [.. years.Where(y => y.Value.Operations > 0).Select(y => new YearCount(y.Key, y.Value.Operations, y.Value.Arrests))];

    private DirectoryTotals PatchedTotals(DirectoryIndex previous, IReadOnlySet<int> changed)
    {
        var (before, totals) = (previous.Places, previous.Totals);
        var operations = totals.Operations + changed.Sum(at => Places[at].Operations.Count - before[at].Operations.Count);
        var arrests = totals.Arrests + changed.Sum(at => Places[at].Operations.Sum(o => o.Arrests ?? 0) - before[at].Operations.Sum(o => o.Arrests ?? 0));
        // The newest edit stands unless an edit moved the newest place back in time (then it is looked for again).
        var movedBack = changed.Any(at => before[at].UpdatedAt == totals.LastUpdated && Places[at].UpdatedAt < before[at].UpdatedAt);
        DateTimeOffset? newest = Places.Count == 0 ? null
            : movedBack ? Places.Max(p => p.UpdatedAt)
            : changed.Select(at => Places[at].UpdatedAt).Append(totals.LastUpdated ?? DateTimeOffset.MinValue).Max();
        return new DirectoryTotals(Places.Count, byState.Count, operations, arrests, newest);
    }

    /// <summary>The home chart's per-state rows, only the states of the edited places (before and after) worked out again.</summary>
    private IReadOnlyList<StateTotal> PatchedStateTotals(DirectoryIndex previous, IReadOnlySet<int> changed)
    {
        var states = changed.SelectMany(at => new[] { previous.Places[at].StateCode, Places[at].StateCode }).ToHashSet(StringComparer.Ordinal);
        return [.. previous.HomeCharts.States!.Where(s => !states.Contains(s.StateCode))
            .Concat(states.SelectMany(code => StateTotals(InState(code))))
            .OrderByDescending(s => s.Operations).ThenBy(s => s.StateCode, StringComparer.Ordinal)];
    }

    /// <summary>Moves on every change the index applies; pages that show directory-wide figures are cached by it.</summary>
    public long Version { get; }

    /// <summary>When each part of the directory last changed (per state, type, tactic), for keys finer than <see cref="Version"/>.</summary>
    public ChangeStamps Stamps { get; }

    /// <summary>The last change-feed row this snapshot reflects.</summary>
    public long FeedPosition { get; }

    /// <summary>Tactics in catalog order.</summary>
    public IReadOnlyList<IndexedTactic> Tactics { get; }

    /// <summary>The filter parser's lookup: every tactic by slug.</summary>
    public IReadOnlyDictionary<string, TacticRef> TacticsBySlug { get; }

    /// <summary>Every public place, in name order (then id), which is also the order of a <see cref="PlaceSet"/>.</summary>
    public IReadOnlyList<DirectoryPlace> Places { get; }

    public PlaceSet All { get; }

    public DirectoryTotals Totals { get; }

    public IReadOnlyList<TacticSummary> TacticSummaries { get; }

    public IReadOnlyList<StateCount> States { get; }

    /// <summary>The newest public operations, as the home page lists them (read from SQL by the service, before it publishes the snapshot).</summary>
    public IReadOnlyList<OperationRow> RecentOperations { get; internal set; } = [];

    /// <summary>More of the newest public operations than the home page shows, so the next snapshot can follow an edit from them.</summary>
    internal IReadOnlyList<PlaceOperation> NewestOperations { get; set; } = [];

    /// <summary>Per tactic bit: operations using it and their arrests per year, confidential ones counted.</summary>
    public IReadOnlyList<IReadOnlyList<YearCount>> YearsByTactic { get; }

    public UsMap HomeMap { get; }

    public ChartSet HomeCharts { get; }

    public static DirectoryIndex Build(long version, long feedPosition, IReadOnlyList<IndexedTactic> tactics, IEnumerable<DirectoryPlace> places)
    {
        var tacticRefs = tactics.Select(t => t.Ref).ToArray();
        var sorted = places.Select(p => Complete(p, tacticRefs, version)).ToArray();
        Array.Sort(sorted, CompareNames);
        return new DirectoryIndex(version, feedPosition, tactics, sorted, null, new HashSet<int>(), ChangeStamps.Rebuilt(version, tactics.Count));
    }

    /// <summary>
    /// This snapshot with the given places reloaded: <paramref name="reloaded"/> holds the current public state of
    /// every changed id that is still public; a changed id missing from it has left the public directory.
    /// </summary>
    public DirectoryIndex With(long version, long feedPosition, IReadOnlySet<int> changedIds, IEnumerable<DirectoryPlace> reloaded)
    {
        var tacticRefs = Tactics.Select(t => t.Ref).ToArray();
        var fresh = reloaded.Select(p => Complete(p, tacticRefs, version)).ToDictionary(p => p.Id);
        var stamps = Stamps.After(version, changedIds.Select(id => (ById(id), fresh.GetValueOrDefault(id))));
        var inPlace = changedIds.All(id => positionOfId.TryGetValue(id, out var at) && fresh.TryGetValue(id, out var place) && place.Name == Places[at].Name);
        if (inPlace)
        {
            // Names stand, so positions do: the same order with the changed places swapped in.
            var places = Places.ToArray();
            var changedPositions = new HashSet<int>();
            foreach (var id in changedIds)
            {
                var at = positionOfId[id];
                places[at] = fresh[id];
                changedPositions.Add(at);
            }

            return new DirectoryIndex(version, feedPosition, Tactics, places, this, changedPositions, stamps);
        }

        var merged = Places.Where(p => !changedIds.Contains(p.Id)).Concat(fresh.Values).ToArray();
        Array.Sort(merged, CompareNames);
        return new DirectoryIndex(version, feedPosition, Tactics, merged, null, new HashSet<int>(), stamps);
    }

    public DirectoryPlace? BySlug(string slug) => positionOfSlug.TryGetValue(slug, out var at) ? Places[at] : null;

    /// <summary>The public places among these slugs, as a set.</summary>
    public PlaceSet SetOf(IEnumerable<string> slugs) => PlaceSet.Of(Places.Count, slugs.Select(PositionOf).OfType<int>());

    /// <summary>A public place's position (for a <see cref="PlaceSet"/>), or null.</summary>
    public int? PositionOf(string slug) => positionOfSlug.TryGetValue(slug, out var at) ? at : null;

    public DirectoryPlace? ById(int id) => positionOfId.TryGetValue(id, out var at) ? Places[at] : null;

    public int? BitOf(int tacticId) => bitOfTactic.TryGetValue(tacticId, out var bit) ? bit : null;

    /// <summary>The places of one state (an empty set for a state with none).</summary>
    public PlaceSet InState(string stateCode) => byState.GetValueOrDefault(stateCode) ?? empty;

    private static DirectoryPlace Complete(DirectoryPlace place, TacticRef[] tactics, long version)
    {
        var publicTactics = place.PublicTactics.Members().Select(bit => tactics[bit]).ToArray();
        var mapPlace = new MapPlace(place.Slug, place.Name, place.StateCode, place.Type, place.Latitude, place.Longitude, [.. publicTactics.Select(t => t.Name)]);
        return place with
        {
            Stamp = version,
            Row = new JurisdictionRow(place.Id, place.Slug, place.Name, place.StateCode, place.StateName, place.Type, place.County, place.Population, place.UpdatedAt) { Tactics = publicTactics },
            MapPlace = mapPlace,
            Mark = UsMap.MarkOf(mapPlace),
            SearchText = string.Join('\n', [place.Name, place.County ?? "", .. place.PartnerNames]).ToUpperInvariant(),
        };
    }

    /// <summary>Per tactic bit, the places whose mask has it.</summary>
    private static PlaceSet[] ByTactic(int tactics, DirectoryPlace[] places, Func<DirectoryPlace, TacticMask> mask) =>
        PlaceSet.Groups(tactics, places.Length, i => mask(places[i]).Members());

    /// <summary>Per tactic bit, the sets with the changed positions moved in or out by their new masks.</summary>
    private static PlaceSet[] Patch(PlaceSet[] byTactic, DirectoryPlace[] places, IReadOnlySet<int> changed, Func<DirectoryPlace, TacticMask> mask) =>
        PlaceSet.Regrouped(byTactic, changed, (i, bit) => mask(places[i]).Has(bit));

    /// <summary>
    /// Groups of places (by state, by type) with the changed positions moved to their new group: only the groups
    /// they left or joined are copied, a group left empty is dropped, a new one added.
    /// </summary>
    private static Dictionary<TKey, PlaceSet> Regroup<TKey>(
        Dictionary<TKey, PlaceSet> groups, PlaceSet empty, IReadOnlySet<int> changed,
        IReadOnlyList<DirectoryPlace> before, DirectoryPlace[] after, Func<DirectoryPlace, TKey[]> keysOf)
        where TKey : notnull
    {
        Dictionary<TKey, PlaceSet>? result = null;
        foreach (var key in changed.SelectMany(i => keysOf(before[i]).Concat(keysOf(after[i]))).Distinct().ToList())
        {
            var old = groups.GetValueOrDefault(key) ?? empty;
            var next = old.With(changed.Select(i => (i, keysOf(after[i]).Contains(key))));
            if (!ReferenceEquals(next, old))
            {
                result ??= new Dictionary<TKey, PlaceSet>(groups, groups.Comparer);
                if (next.Count == 0)
                {
                    result.Remove(key);
                }
                else
                {
                    result[key] = next;
                }
            }
        }

        return result ?? groups;
    }

    private static Dictionary<string, int> SlugPositions(DirectoryPlace[] places)
    {
        var positions = new Dictionary<string, int>(places.Length, StringComparer.Ordinal);
        for (var i = 0; i < places.Length; i++)
        {
            positions[places[i].Slug] = i;
        }

        return positions;
    }

    private static bool InBand(DirectoryPlace place, int low, int high) => place.Population is { } p && p >= low && p <= high;

    // Name order is SQL's: ordinal (SQLite's BINARY collation), then id.
    private static int CompareNames(DirectoryPlace a, DirectoryPlace b) =>
        string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : a.Id.CompareTo(b.Id);

    // Positions are name ranks, so "then by name" is "then by position".
    private int ComparePopulation(int a, int b) =>
        (Places[a].Population, Places[b].Population) switch
        {
            (null, null) => a.CompareTo(b),
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x.Value.CompareTo(y.Value) is var c and not 0 ? c : a.CompareTo(b),
        };

    private int ComparePopulationDescending(int a, int b) =>
        (Places[a].Population, Places[b].Population) switch
        {
            (null, null) => a.CompareTo(b),
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => y.Value.CompareTo(x.Value) is var c and not 0 ? c : a.CompareTo(b),
        };

    private int CompareUpdated(int a, int b) => Places[a].UpdatedAt.CompareTo(Places[b].UpdatedAt) is var c and not 0 ? c : a.CompareTo(b);

    private int CompareUpdatedDescending(int a, int b) => Places[b].UpdatedAt.CompareTo(Places[a].UpdatedAt) is var c and not 0 ? c : a.CompareTo(b);

    private int[] Sorted(Comparison<int> compare)
    {
        var order = Enumerable.Range(0, Places.Count).ToArray();
        Array.Sort(order, compare);
        return order;
    }

    /// <summary>An order with a few positions re-placed: taken out, then each put back where a binary search finds.</summary>
    private static int[] Patch(int[] order, IReadOnlySet<int> changed, Comparison<int> compare)
    {
        if (changed.Count == 0)
        {
            return order;
        }

        var patched = new List<int>(order.Length);
        patched.AddRange(order.Where(p => !changed.Contains(p)));
        var comparer = Comparer<int>.Create(compare);
        foreach (var position in changed)
        {
            var at = patched.BinarySearch(position, comparer);
            patched.Insert(at >= 0 ? at : ~at, position);
        }

        return [.. patched];
    }
}
