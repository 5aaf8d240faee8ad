using System.Numerics;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// A set of places as a bitmap over their positions in <see cref="DirectoryIndex.Places"/> (name order), so a
/// filter is a few word-wise ANDs and a page in name order is read off in order. Immutable once built.
/// </summary>
public sealed class PlaceSet
{
    private readonly ulong[] words;

    private PlaceSet(ulong[] words, int size)
    {
        this.words = words;
        Size = size;
        Count = 0;
        foreach (var word in words)
        {
            Count += BitOperations.PopCount(word);
        }
    }

    /// <summary>How many positions the set ranges over (the number of places in its index).</summary>
    public int Size { get; }

    public int Count { get; }

    public static PlaceSet All(int size)
    {
        var words = new ulong[(size + 63) / 64];
        Array.Fill(words, ulong.MaxValue);
        if (size % 64 != 0)
        {
            words[^1] = (1UL << (size % 64)) - 1;
        }

        return new PlaceSet(words, size);
    }

    public static PlaceSet Of(int size, IEnumerable<int> positions)
    {
        var words = new ulong[(size + 63) / 64];
        foreach (var position in positions)
        {
            words[position >> 6] |= 1UL << position;
        }

        return new PlaceSet(words, size);
    }

    /// <summary>
    /// Numbered groups of positions (a tactic's bit, a letter-pair bucket): set <c>g</c> holds the positions whose
    /// <paramref name="groupsOf"/> name <c>g</c>. One pass over the positions for every group.
    /// </summary>
    public static PlaceSet[] Groups(int groups, int size, Func<int, IEnumerable<int>> groupsOf)
    {
        var positions = Enumerable.Range(0, groups).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < size; i++)
        {
            foreach (var group in groupsOf(i))
            {
                positions[group].Add(i);
            }
        }

        return [.. positions.Select(p => Of(size, p))];
    }

    /// <summary>These numbered groups with the changed positions moved in or out (<paramref name="isIn"/>: position, group); only groups that move are copied.</summary>
    public static PlaceSet[] Regrouped(PlaceSet[] groups, IReadOnlyCollection<int> changed, Func<int, int, bool> isIn) =>
        [.. groups.Select((set, group) => set.With(changed.Select(i => (i, isIn(i, group)))))];

    /// <summary>This set with the given positions in or out; the same instance when none of them moves.</summary>
    public PlaceSet With(IEnumerable<(int Position, bool In)> changes)
    {
        ulong[]? result = null;
        foreach (var (position, isIn) in changes)
        {
            if (Contains(position) != isIn)
            {
                result ??= (ulong[])words.Clone();
                result[position >> 6] ^= 1UL << position;
            }
        }

        return result is null ? this : new PlaceSet(result, Size);
    }

    /// <summary>The positions where the predicate holds, among this set's.</summary>
    public PlaceSet Where(Func<int, bool> keep)
    {
        var result = (ulong[])words.Clone();
        for (var w = 0; w < result.Length; w++)
        {
            for (var bits = result[w]; bits != 0; bits &= bits - 1)
            {
                var position = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (!keep(position))
                {
                    result[w] &= ~(1UL << position);
                }
            }
        }

        return new PlaceSet(result, Size);
    }

    public PlaceSet And(PlaceSet other) => Combine(other, static (a, b) => a & b);

    public PlaceSet Or(PlaceSet other) => Combine(other, static (a, b) => a | b);

    /// <summary>How many members this set shares with a bitmap of the same size (no set is built).</summary>
    public int CountAnd(ulong[] other)
    {
        var count = 0;
        for (var w = 0; w < words.Length; w++)
        {
            count += BitOperations.PopCount(words[w] & other[w]);
        }

        return count;
    }

    public int CountAnd(PlaceSet other) => CountAnd(other.words);

    /// <summary>How many members this set shares with both others.</summary>
    public int CountAnd(PlaceSet a, PlaceSet b)
    {
        var count = 0;
        for (var w = 0; w < words.Length; w++)
        {
            count += BitOperations.PopCount(words[w] & a.words[w] & b.words[w]);
        }

        return count;
    }

    public bool Contains(int position) => (words[position >> 6] & (1UL << position)) != 0;

    /// <summary>The positions in the set, in order.</summary>
    public IEnumerable<int> Positions()
    {
        for (var w = 0; w < words.Length; w++)
        {
            for (var bits = words[w]; bits != 0; bits &= bits - 1)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }
    }

    /// <summary>The positions from the <paramref name="skip"/>-th member on, in order, skipping whole words by count.</summary>
    public IEnumerable<int> Positions(int skip)
    {
        var w = 0;
        for (; w < words.Length; w++)
        {
            var count = BitOperations.PopCount(words[w]);
            if (skip < count)
            {
                break;
            }

            skip -= count;
        }

        for (; w < words.Length; w++)
        {
            for (var bits = words[w]; bits != 0; bits &= bits - 1)
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                yield return (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }
    }

    /// <summary>The positions from the <paramref name="skip"/>-th member from the end on, last first.</summary>
    public IEnumerable<int> PositionsDescending(int skip)
    {
        var w = words.Length - 1;
        for (; w >= 0; w--)
        {
            var count = BitOperations.PopCount(words[w]);
            if (skip < count)
            {
                break;
            }

            skip -= count;
        }

        for (; w >= 0; w--)
        {
            for (var bits = words[w]; bits != 0; bits &= ~(1UL << (63 - BitOperations.LeadingZeroCount(bits))))
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                yield return (w << 6) + 63 - BitOperations.LeadingZeroCount(bits);
            }
        }
    }

    private PlaceSet Combine(PlaceSet other, Func<ulong, ulong, ulong> op)
    {
        var result = new ulong[words.Length];
        for (var w = 0; w < result.Length; w++)
        {
            result[w] = op(words[w], other.words[w]);
        }

        return new PlaceSet(result, Size);
    }
}
