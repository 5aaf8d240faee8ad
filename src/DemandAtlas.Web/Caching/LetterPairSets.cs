namespace DemandAtlas.Web.Caching;

/// <summary>
/// The `q` filter's first cut. Every pair of adjacent letters in a place's search text falls in one of 256 buckets;
/// for each bucket, the set of places with a pair in it. A place can contain the text only if it is in the bucket
/// of every pair of the text, so a search is a few word-wise ANDs, and only the places left are searched for real.
/// Without it, text alone meant a substring search through every place's names, the one filter whose cost grew with
/// the directory. Immutable once built; patched, like the index's other sets, at the positions of edited places.
/// </summary>
public sealed class LetterPairSets
{
    private const int Buckets = 256;

    private readonly PlaceSet[] byBucket;

    private LetterPairSets(PlaceSet[] byBucket) => this.byBucket = byBucket;

    public static LetterPairSets Build(IReadOnlyList<DirectoryPlace> places) =>
        new(PlaceSet.Groups(Buckets, places.Count, i => BucketsOf(places[i].SearchText)));

    /// <summary>These sets with the places at <paramref name="changed"/> (the same positions) taken again from <paramref name="places"/>.</summary>
    public LetterPairSets Patched(IReadOnlyList<DirectoryPlace> places, IReadOnlyCollection<int> changed)
    {
        var buckets = changed.ToDictionary(i => i, i => BucketsOf(places[i].SearchText));
        return new(PlaceSet.Regrouped(byBucket, changed, (i, bucket) => buckets[i].Contains(bucket)));
    }

    /// <summary>The places of <paramref name="set"/> that may contain <paramref name="upperText"/>: a superset of those that do.</summary>
    public PlaceSet Candidates(PlaceSet set, string upperText) =>
        BucketsOf(upperText).Aggregate(set, (candidates, bucket) => candidates.And(byBucket[bucket]));

    /// <summary>The buckets of a text's letter pairs; a pair across a line break (between two fields) is none.</summary>
    internal static HashSet<int> BucketsOf(string text)
    {
        var buckets = new HashSet<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] != '\n' && text[i] != '\n')
            {
                buckets.Add(Bucket(text[i - 1], text[i]));
            }
        }

        return buckets;
    }

    // Fibonacci hashing of the two characters: the top 8 bits of the product spread similar pairs apart.
    private static int Bucket(char first, char second) => (int)((((uint)first << 16) | second) * 2654435769u >> 24);
}
