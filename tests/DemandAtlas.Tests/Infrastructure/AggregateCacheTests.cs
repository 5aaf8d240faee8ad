using Microsoft.Extensions.Caching.Memory;

namespace DemandAtlas.Tests.Infrastructure;

public sealed class AggregateCacheTests
{
    [Fact]
    public async Task A_value_is_loaded_once_per_generation_and_a_new_generation_loads_it_again()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var generation = new StoreGeneration();
        var cache = new AggregateCache(memory, generation);
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        var first = await cache.GetAsync("totals", Load);
        var again = await cache.GetAsync("totals", Load);
        generation.Advance();
        var next = await cache.GetAsync("totals", Load);

        Assert.Equal((1, 1, 2), (first, again, next));
    }

    [Fact]
    public async Task Entries_of_a_past_generation_are_released_when_the_store_moves_on_not_kept_until_idle()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var generation = new StoreGeneration();
        var cache = new AggregateCache(memory, generation);
        await cache.GetAsync("map", () => Task.FromResult("a few hundred KB of marks"));

        memory.Compact(0);
        var kept = memory.Count;
        generation.Advance();
        memory.Compact(0);

        Assert.Equal(1, kept);
        Assert.Equal(0, memory.Count);
    }
}
