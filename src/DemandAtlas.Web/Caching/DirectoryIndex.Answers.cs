using DemandAtlas.Web.Charts;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;

namespace DemandAtlas.Web.Caching;

/// <summary>The questions pages ask of a snapshot: which places match, a page of them, their map and charts.</summary>
public sealed partial class DirectoryIndex
{
    /// <summary>The places a filter matches (its sort and page aside), as <see cref="JurisdictionQueries.Matching"/> does in SQL.</summary>
    public PlaceSet Match(JurisdictionFilter filter)
    {
        var set = All;
        if (filter.Tactics.Count > 0)
        {
            var byTactic = filter.StatedOnly ? statedByTactic : publicByTactic;
            var sets = filter.Tactics.Select(t => BitOf(t.Id) is { } bit ? byTactic[bit] : empty).ToList();
            set = filter.MatchAll ? sets.Aggregate(set, (all, s) => all.And(s)) : set.And(sets.Aggregate(empty, (any, s) => any.Or(s)));
        }

        if (filter.State is { } state)
        {
            set = set.And(InState(state));
        }

        if (filter.Type is { } type)
        {
            set = set.And(byType.GetValueOrDefault(type) ?? empty);
        }

        // The conditions that look at each place come last and look only at the places still in the set: over the
        // whole directory they cost its size, over a state's or a tactic's matches only theirs.
        if (filter.MinPopulation is not null || filter.MaxPopulation is not null)
        {
            set = WithPopulation(set, filter.MinPopulation ?? int.MinValue, filter.MaxPopulation ?? int.MaxValue);
        }

        if (filter.Text is { } text)
        {
            var upper = text.ToUpperInvariant();
            set = DirectoryPlace.SearchFor(upper) is { } search ? letterPairs.Candidates(set, upper).Where(i => Places[i].Mentions(search)) : empty;
        }

        return set;
    }

    /// <summary>The filter's page of rows, in its sort, with the total.</summary>
    public Paged<JurisdictionRow> Page(JurisdictionFilter filter) => Page(Match(filter), filter.Sort, filter.Page, filter.PageSize);

    public Paged<JurisdictionRow> Page(PlaceSet set, JurisdictionSort sort, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        if (skip >= set.Count)
        {
            return new Paged<JurisdictionRow>([], set.Count, page, pageSize);
        }

        var positions = sort switch
        {
            JurisdictionSort.Name => set.Positions((int)skip),
            JurisdictionSort.NameDescending => set.PositionsDescending((int)skip),
            JurisdictionSort.Population => InOrder(set, byPopulation, ComparePopulation).Skip((int)skip),
            JurisdictionSort.PopulationDescending => InOrder(set, byPopulationDescending, ComparePopulationDescending).Skip((int)skip),
            JurisdictionSort.Updated => InOrder(set, byUpdated, CompareUpdated).Skip((int)skip),
            _ => InOrder(set, byUpdatedDescending, CompareUpdatedDescending).Skip((int)skip),
        };
        return new Paged<JurisdictionRow>([.. positions.Take(pageSize).Select(i => Places[i].Row)], set.Count, page, pageSize);
    }

    /// <summary>Every matching row in the filter's sort (the CSV export's rows).</summary>
    public IEnumerable<JurisdictionRow> Rows(JurisdictionFilter filter)
    {
        var set = Match(filter);
        return Page(set, filter.Sort, 1, Math.Max(1, set.Count)).Items;
    }

    /// <summary>
    /// The map of a set: at most <paramref name="cap"/> places, the most populous first (so a capped national map
    /// still shows the big places), and the set's true size so the map can say it is capped.
    /// </summary>
    public UsMap Map(PlaceSet set, int cap = UsMap.DefaultCap, IReadOnlySet<string>? highlight = null)
    {
        var shown = InOrder(set, byPopulationDescending, ComparePopulationDescending).Take(cap).Select(i => Places[i]).ToList();
        return UsMap.FromMarks([.. shown.Select(p => p.MapPlace)], [.. shown.Select(p => p.Mark)], set.Count, highlight);
    }

    /// <summary>A profile's map: the place, highlighted, and the neighbours its document names that have public profiles.</summary>
    public UsMap ProfileMap(string slug, IEnumerable<string> neighbours) =>
        Map(SetOf(neighbours.Append(slug)), highlight: new HashSet<string>(StringComparer.Ordinal) { slug });

    /// <summary>The chosen charts of a set; with a tactic, the per-year figures are that tactic's operations.</summary>
    public ChartSet Charts(PlaceSet set, ChartKinds kinds, string idPrefix, IndexedTactic? tactic = null)
    {
        var bit = tactic is null ? null : BitOf(tactic.Id);
        return new ChartSet(
            idPrefix,
            tactic?.Name,
            kinds.HasFlag(ChartKinds.OperationsByYear) ? YearTotals(set, bit) : null,
            kinds.HasFlag(ChartKinds.Adoption) ? Adoption(set) : null,
            kinds.HasFlag(ChartKinds.CoOccurrence) ? CoOccurrence(set) : null,
            kinds.HasFlag(ChartKinds.OperationsByState) ? StateTotals(set) : null);
    }

    /// <summary>Whether totals over this set may count confidential claims and operations.</summary>
    public static bool MayCountConfidential(PlaceSet set) => set.Count >= MinimumSetForConfidential;

    /// <summary>Operations and arrests per year, every year from the first to the last (gaps as zeros).</summary>
    public IReadOnlyList<YearTotal> YearTotals(PlaceSet set, int? tacticBit = null)
    {
        var years = YearCounts(set, MayCountConfidential(set), tacticBit);
        if (years.Count == 0)
        {
            return [];
        }

        var byYear = years.ToDictionary(y => y.Year);
        return [.. Enumerable.Range(years[0].Year, years[^1].Year - years[0].Year + 1)
            .Select(y => byYear.TryGetValue(y, out var c) ? new YearTotal(y, c.Operations, c.Arrests) : new YearTotal(y, 0, 0))];
    }

    /// <summary>Operations and arrests per year that has any, oldest first; with a tactic, only operations using it.</summary>
    /// <remarks>
    /// Over a large set the year planes answer in words of the directory's size; a small set (a profile, a state and a
    /// tactic) is summed from its own places' operations, at the cost of its size rather than the directory's.
    /// </remarks>
    public IReadOnlyList<YearCount> YearCounts(PlaceSet set, bool countConfidential, int? tacticBit = null)
    {
        if (tacticBit is null && !IsSmall(set))
        {
            return [.. (countConfidential ? countedYears : publicYears).Sum(set).Select(y => new YearCount(y.Year, y.Operations, y.Arrests))];
        }

        var years = new Dictionary<int, (int Operations, int Arrests)>();
        foreach (var i in set.Positions())
        {
            foreach (var operation in Places[i].Operations)
            {
                if ((operation.IsPublic || countConfidential) && (tacticBit is not { } bit || operation.Tactics.Has(bit)))
                {
                    var (operations, arrests) = years.GetValueOrDefault(operation.Year);
                    // As the planes count them, so both ways agree.
                    years[operation.Year] = (operations + 1, arrests + YearPlanes.ArrestsOf(operation));
                }
            }
        }

        return [.. years.OrderBy(y => y.Key).Select(y => new YearCount(y.Key, y.Value.Operations, y.Value.Arrests))];
    }

    /// <summary>
    /// Operations and arrests per state, most operations first. Each state's row is a set of its own, so confidential
    /// operations count only in states with at least <see cref="MinimumSetForConfidential"/> places in the set.
    /// </summary>
    public IReadOnlyList<StateTotal> StateTotals(PlaceSet set)
    {
        var states = new Dictionary<string, (string Name, int Places, int Operations, int Arrests, int Hidden, int HiddenArrests)>(StringComparer.Ordinal);
        foreach (var i in set.Positions())
        {
            var place = Places[i];
            var row = states.GetValueOrDefault(place.StateCode, (Name: place.StateName, Places: 0, Operations: 0, Arrests: 0, Hidden: 0, HiddenArrests: 0));
            row.Places++;
            foreach (var operation in place.Operations)
            {
                if (operation.IsPublic)
                {
                    row.Operations++;
                    row.Arrests += operation.Arrests ?? 0;
                }
                else
                {
                    row.Hidden++;
                    row.HiddenArrests += operation.Arrests ?? 0;
                }
            }

            states[place.StateCode] = row;
        }

        return [.. states
            .Select(s => s.Value.Places >= MinimumSetForConfidential
                ? new StateTotal(s.Key, s.Value.Name, s.Value.Operations + s.Value.Hidden, s.Value.Arrests + s.Value.HiddenArrests)
                : new StateTotal(s.Key, s.Value.Name, s.Value.Operations, s.Value.Arrests))
            .Where(s => s.Operations > 0)
            .OrderByDescending(s => s.Operations).ThenBy(s => s.StateCode, StringComparer.Ordinal)];
    }

    /// <summary>How many places in the set use each tactic (every tactic, zeros included, in catalog order).</summary>
    public IReadOnlyList<TacticCount> Adoption(PlaceSet set)
    {
        var counts = TacticCounts(set);
        return [.. Tactics.Select((t, bit) => new TacticCount(new ChartTactic(t.Slug, t.Name), counts[bit]))];
    }

    /// <summary>Per tactic bit, how many places of the set use it (confidential claims where the set allows).</summary>
    public int[] TacticCounts(PlaceSet set)
    {
        var byTactic = MayCountConfidential(set) ? countedByTactic : publicByTactic;
        return [.. byTactic.Select(set.CountAnd)];
    }

    /// <summary>For each pair of tactics used in the set, how many places use both; the diagonal is the tactic's count.</summary>
    public CoOccurrence CoOccurrence(PlaceSet set)
    {
        var byTactic = MayCountConfidential(set) ? countedByTactic : publicByTactic;
        var used = Enumerable.Range(0, Tactics.Count).Where(bit => set.CountAnd(byTactic[bit]) > 0).ToArray();
        return new CoOccurrence(
            [.. used.Select(bit => new ChartTactic(Tactics[bit].Slug, Tactics[bit].Name))],
            [.. used.Select(a => used.Select(b => set.CountAnd(byTactic[a], byTactic[b])).ToArray())]);
    }

    /// <summary>The places of <paramref name="set"/> with a known population from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <remarks>Bands inside the range are taken whole; only the set's members in a band the range cuts are looked at.</remarks>
    private PlaceSet WithPopulation(PlaceSet set, int min, int max)
    {
        var result = empty;
        foreach (var (low, high, places) in populationBands)
        {
            if (low >= min && high <= max)
            {
                result = result.Or(set.And(places));
            }
            else if (high >= min && low <= max)
            {
                result = result.Or(set.And(places).Where(i => Places[i].Population is { } population && population >= min && population <= max));
            }
        }

        return result;
    }

    /// <summary>
    /// A set's members in one of the index's orders. A small set (a state and a tactic, a profile's neighbours) is
    /// sorted by itself, at the cost of its own size; a walk over the whole order would cost the directory's.
    /// </summary>
    private static IEnumerable<int> InOrder(PlaceSet set, int[] order, Comparison<int> compare)
    {
        if (IsSmall(set))
        {
            var members = set.Positions().ToArray();
            Array.Sort(members, compare);
            return members;
        }

        return Walk(set, order);
    }

    /// <summary>A set small enough that walking its members costs less than a pass over the directory's words.</summary>
    private static bool IsSmall(PlaceSet set) => set.Count * 32L < set.Size;

    private static IEnumerable<int> Walk(PlaceSet set, int[] order)
    {
        foreach (var position in order)
        {
            if (set.Contains(position))
            {
                yield return position;
            }
        }
    }
}
