
namespace DemandAtlas.Web.Caching;

/// <summary>
/// Per-year operation and arrest counts of every place, stored bit-sliced: for each year and each binary digit of a
/// count, the set of places whose count has that digit. The total over any set of places is then, per year and
/// digit, one AND-and-popcount of two bitmaps shifted by the digit — a cost in words of the directory's size, not
/// a walk over every matching place's operations (which made the list page's chart cost grow with the match).
/// </summary>
public sealed class YearPlanes
{
    private readonly int firstYear;
    // [year - firstYear] → digit planes of operation counts, and of arrest counts (null where no place has that digit).
    private readonly ulong[]?[][] operations;
    private readonly ulong[]?[][] arrests;

    private YearPlanes(int firstYear, ulong[]?[][] operations, ulong[]?[][] arrests)
    {
        this.firstYear = firstYear;
        this.operations = operations;
        this.arrests = arrests;
    }

    /// <summary>Planes of the operations each place has for which <paramref name="counts"/> is true.</summary>
    public static YearPlanes Build(IReadOnlyList<DirectoryPlace> places, Func<PlaceOperation, bool> counts)
    {
        var years = places.SelectMany(p => p.Operations).Where(counts).Select(o => o.Year).ToList();
        if (years.Count == 0)
        {
            return new YearPlanes(0, [], []);
        }

        var first = years.Min();
        var span = years.Max() - first + 1;
        var words = (places.Count + 63) / 64;
        var operations = new ulong[]?[span][];
        var arrests = new ulong[]?[span][];
        for (var y = 0; y < span; y++)
        {
            operations[y] = new ulong[]?[32];
            arrests[y] = new ulong[]?[32];
        }

        for (var i = 0; i < places.Count; i++)
        {
            foreach (var (year, (o, a)) in PerYear(places[i], counts))
            {
                Set(operations[year - first], o, i, words, null);
                Set(arrests[year - first], a, i, words, null);
            }
        }

        return new YearPlanes(first, operations, arrests);
    }

    /// <summary>
    /// These planes with the places at <paramref name="changed"/> counted again from <paramref name="places"/> (the
    /// same positions, a few places edited): only the planes those places touch are copied. A year outside the
    /// planes' range means a full build.
    /// </summary>
    public YearPlanes Patched(IReadOnlyList<DirectoryPlace> places, IReadOnlyCollection<int> changed, Func<PlaceOperation, bool> counts)
    {
        var outside = changed.SelectMany(i => places[i].Operations).Where(counts).Any(o => o.Year < firstYear || o.Year >= firstYear + operations.Length);
        if (operations.Length == 0 || outside)
        {
            return Build(places, counts);
        }

        var words = (places.Count + 63) / 64;
        var copied = new HashSet<ulong[]>(ReferenceEqualityComparer.Instance);
        var nextOperations = operations.Select(digits => (ulong[]?[])digits.Clone()).ToArray();
        var nextArrests = arrests.Select(digits => (ulong[]?[])digits.Clone()).ToArray();
        foreach (var i in changed)
        {
            for (var y = 0; y < nextOperations.Length; y++)
            {
                Clear(nextOperations[y], i, copied);
                Clear(nextArrests[y], i, copied);
            }

            foreach (var (year, (o, a)) in PerYear(places[i], counts))
            {
                Set(nextOperations[year - firstYear], o, i, words, copied);
                Set(nextArrests[year - firstYear], a, i, words, copied);
            }
        }

        return new YearPlanes(firstYear, nextOperations, nextArrests);
    }

    /// <summary>Every year with an operation in the set, oldest first, with its operations and arrests.</summary>
    public IEnumerable<(int Year, int Operations, int Arrests)> Sum(PlaceSet set)
    {
        for (var y = 0; y < operations.Length; y++)
        {
            var count = Total(operations[y], set);
            if (count > 0)
            {
                yield return (firstYear + y, (int)count, (int)Total(arrests[y], set));
            }
        }
    }

    private static long Total(ulong[]?[] digits, PlaceSet set)
    {
        long total = 0;
        for (var d = 0; d < digits.Length; d++)
        {
            if (digits[d] is { } plane)
            {
                total += (long)set.CountAnd(plane) << d;
            }
        }

        return total;
    }

    /// <summary>The arrests an operation adds to a year: an unknown count adds none (and a digit plane holds no negative).</summary>
    public static int ArrestsOf(PlaceOperation operation) => Math.Max(0, operation.Arrests ?? 0);

    /// <summary>One place's operations and arrests per year, among the operations counted.</summary>
    private static Dictionary<int, (int Operations, int Arrests)> PerYear(DirectoryPlace place, Func<PlaceOperation, bool> counts)
    {
        var perYear = new Dictionary<int, (int Operations, int Arrests)>();
        foreach (var operation in place.Operations)
        {
            if (counts(operation))
            {
                var (o, a) = perYear.GetValueOrDefault(operation.Year);
                perYear[operation.Year] = (o + 1, a + ArrestsOf(operation));
            }
        }

        return perYear;
    }

    /// <summary>Sets <paramref name="value"/>'s digits for a position; with <paramref name="copied"/>, a plane not copied yet is copied first (the old snapshot keeps its own).</summary>
    private static void Set(ulong[]?[] digits, int value, int position, int words, HashSet<ulong[]>? copied)
    {
        for (var d = 0; value != 0; d++, value >>= 1)
        {
            if ((value & 1) != 0)
            {
                var plane = digits[d] is { } existing ? Writable(digits, d, existing, copied) : Fresh(digits, d, words, copied);
                plane[position >> 6] |= 1UL << position;
            }
        }
    }

    private static void Clear(ulong[]?[] digits, int position, HashSet<ulong[]> copied)
    {
        for (var d = 0; d < digits.Length; d++)
        {
            if (digits[d] is { } plane && (plane[position >> 6] & (1UL << position)) != 0)
            {
                Writable(digits, d, plane, copied)[position >> 6] &= ~(1UL << position);
            }
        }
    }

    private static ulong[] Writable(ulong[]?[] digits, int d, ulong[] plane, HashSet<ulong[]>? copied)
    {
        if (copied is null || copied.Contains(plane))
        {
            return plane;
        }

        var copy = (ulong[])plane.Clone();
        copied.Add(copy);
        return digits[d] = copy;
    }

    private static ulong[] Fresh(ulong[]?[] digits, int d, int words, HashSet<ulong[]>? copied)
    {
        var plane = new ulong[words];
        copied?.Add(plane);
        return digits[d] = plane;
    }
}
