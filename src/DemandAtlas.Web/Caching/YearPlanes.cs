
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

        var perYear = new Dictionary<int, (int Operations, int Arrests)>();
        for (var i = 0; i < places.Count; i++)
        {
            perYear.Clear();
            foreach (var operation in places[i].Operations)
            {
                if (counts(operation))
                {
                    var (o, a) = perYear.GetValueOrDefault(operation.Year);
                    perYear[operation.Year] = (o + 1, a + Math.Max(0, operation.Arrests ?? 0));
                }
            }

            foreach (var (year, (o, a)) in perYear)
            {
                Set(operations[year - first], o, i, words);
                Set(arrests[year - first], a, i, words);
            }
        }

        return new YearPlanes(first, operations, arrests);
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

    private static void Set(ulong[]?[] digits, int value, int position, int words)
    {
        for (var d = 0; value != 0; d++, value >>= 1)
        {
            if ((value & 1) != 0)
            {
                (digits[d] ??= new ulong[words])[position >> 6] |= 1UL << position;
            }
        }
    }
}
