using DemandAtlas.Web.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace DemandAtlas.Tests.Caching;

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
    public async Task Entries_of_a_past_generation_are_released_when_the_store_moves_on_and_only_the_last_value_stays()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var generation = new StoreGeneration();
        var cache = new AggregateCache(memory, generation);
        await cache.GetAsync("map", () => Task.FromResult("a few hundred KB of marks"));
        generation.Advance();
        await cache.GetAsync("map", () => Task.FromResult("the same marks, rebuilt"));

        memory.Compact(0);
        var kept = memory.Count;
        generation.Advance();
        memory.Compact(0);

        // The generation's entry and the key's last built value, which refers to the same object.
        Assert.Equal(2, kept);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public async Task While_one_request_rebuilds_a_key_the_others_get_the_last_value_marked_stale_and_then_the_new_one()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var generation = new StoreGeneration();
        var accessor = new HttpContextAccessor();
        var cache = new AggregateCache(memory, generation, accessor);
        await cache.GetAsync("totals", () => Task.FromResult("before the write"));
        generation.Advance();
        var rebuild = new TaskCompletionSource<string>();

        var rebuilding = cache.GetAsync("totals", () => rebuild.Task);
        accessor.HttpContext = new DefaultHttpContext();
        // Bounded: without stale answers this call would wait for the rebuild, which only completes below.
        var meanwhile = await cache.GetAsync("totals", () => Task.FromResult("a second rebuild")).WaitAsync(TimeSpan.FromSeconds(10));
        var markedStale = accessor.HttpContext.Items.ContainsKey(AggregateCache.ServedStaleItem);
        rebuild.SetResult("after the write");
        var rebuilt = await rebuilding;
        accessor.HttpContext = new DefaultHttpContext();
        var later = await cache.GetAsync("totals", () => Task.FromResult("a second rebuild"));

        Assert.Equal(("before the write", true), (meanwhile, markedStale));
        Assert.Equal(("after the write", "after the write"), (rebuilt, later));
        Assert.False(accessor.HttpContext.Items.ContainsKey(AggregateCache.ServedStaleItem));
    }

    [Fact]
    public async Task With_no_earlier_value_every_request_waits_for_the_one_load()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new AggregateCache(memory, new StoreGeneration());
        var load = new TaskCompletionSource<int>();
        var loads = 0;

        var first = cache.GetAsync("reach", () => { loads++; return load.Task; });
        var second = cache.GetAsync("reach", () => { loads++; return Task.FromResult(-1); });
        Assert.False(second.IsCompleted);
        load.SetResult(15);

        Assert.Equal((15, 15, 1), (await first, await second, loads));
    }
}
