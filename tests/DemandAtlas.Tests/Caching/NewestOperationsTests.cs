using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Caching;

/// <summary>
/// The home page's newest operations follow an edit from the previous snapshot's list alone
/// (<see cref="DirectoryLoader.NewestOperationsAfter"/>); whenever that answers, it is what a pass over every place gives.
/// </summary>
public sealed class NewestOperationsTests
{
    private const int Kept = 12;
    private const int Shown = 4;

    [Fact]
    public void After_random_edits_the_followed_list_is_the_one_a_full_pass_finds()
    {
        var random = new Random(20261203);
        var places = Enumerable.Range(1, 60).ToDictionary(id => id, id => Place(id, Operations(random, id * 100)));
        var newest = DirectoryLoader.NewestOperations(places.Values, Kept);
        var followed = 0;
        for (var edit = 0; edit < 2_000; edit++)
        {
            var changed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 70)).ToHashSet();
            var before = changed.Where(places.ContainsKey).SelectMany(id => places[id].Operations).ToList();
            foreach (var id in changed)
            {
                // A place edited, unpublished (gone) or newly public.
                if (random.Next(5) == 0)
                {
                    places.Remove(id);
                }
                else
                {
                    places[id] = Place(id, Operations(random, id * 100 + (edit % 50)));
                }
            }

            var after = changed.Where(places.ContainsKey).SelectMany(id => places[id].Operations).ToList();
            var full = DirectoryLoader.NewestOperations(places.Values, Kept);
            var next = DirectoryLoader.NewestOperationsAfter(newest, before, after, Kept, Shown);
            if (next is not null)
            {
                followed++;
                Assert.Equal(full.Take(next.Count), next);
                Assert.True(next.Count >= Math.Min(Shown, full.Count));
            }

            newest = next ?? full;
        }

        // Most edits are followed without a full pass; the test would prove nothing if none were.
        Assert.True(followed > 1_000, $"only {followed} of 2000 edits were followed");
    }

    [Fact]
    public void An_edit_adding_newer_operations_puts_them_first_and_keeps_the_length()
    {
        var places = Enumerable.Range(1, 20).Select(id => Place(id, [Operation(id, 2000 + id)])).ToList();
        var newest = DirectoryLoader.NewestOperations(places, Shown);

        var next = DirectoryLoader.NewestOperationsAfter(newest, places[0].Operations, [Operation(1, 2030)], Shown, Shown);

        Assert.Equal([1, 20, 19, 18], next!.Select(o => o.Id));
    }

    [Fact]
    public void Too_few_left_after_an_edit_asks_for_a_full_pass()
    {
        var places = Enumerable.Range(1, 20).Select(id => Place(id, [Operation(id, 2000 + id)])).ToList();
        var newest = DirectoryLoader.NewestOperations(places, Shown);
        var removed = places.Skip(17).SelectMany(p => p.Operations).ToList();

        Assert.Null(DirectoryLoader.NewestOperationsAfter(newest, removed, [], Shown, Shown));
    }

    private static List<PlaceOperation> Operations(Random random, int firstId) =>
        [.. Enumerable.Range(0, random.Next(0, 4)).Select(i => new PlaceOperation(
            firstId + i, random.Next(2000, 2026), random.Next(3) == 0 ? null : random.Next(1, 13), random.Next(2) == 0 ? null : random.Next(1, 29),
            null, default, IsPublic: random.Next(6) != 0))];

    private static PlaceOperation Operation(int id, int year) => new(id, year, null, null, null, default, IsPublic: true);

    private static DirectoryPlace Place(int id, List<PlaceOperation> operations) => new(
        id, $"place-{id}", $"Place {id}", "OR", "Oregon", JurisdictionType.City, null, null, DateTimeOffset.UnixEpoch, null, null,
        default, default, default, [], operations);
}
