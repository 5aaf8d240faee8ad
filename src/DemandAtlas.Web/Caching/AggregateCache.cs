using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Directory-wide counts (tactic reach, totals, per-year figures) and filter-wide map and chart data that every
/// visitor shares, cached per store generation. One load per key and generation: the request that finds a key
/// missing rebuilds it, and while it does, other requests are served the value built for an earlier generation
/// rather than waiting (at 30,000 profiles the home page's aggregates take about a second to rebuild after each
/// write). A request served such a value is marked (<see cref="ServedStaleItem"/>) so the output cache does not
/// keep its page; and the request that rebuilds always waits, so whoever wrote sees the write on their next page.
/// </summary>
public sealed class AggregateCache(IMemoryCache cache, StoreGeneration generation, IHttpContextAccessor? http = null)
{
    /// <summary>Set in HttpContext.Items when a request was answered with a value from an earlier generation.</summary>
    public const string ServedStaleItem = "DemandAtlas.AggregateCache.ServedStale";

    /// <summary>
    /// Entries of a past generation go as soon as the store moves on (their end token); this idle expiry only
    /// releases keys nobody asks for any more (a one-off filter), and each key's last built value. It is longer
    /// than the output cache's expiry, so a popular page re-rendered when its cached response expires still finds
    /// its aggregates.
    /// </summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private sealed record Built(long Generation, object? Value);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var stamp = generation.Now;
        var entryKey = (nameof(AggregateCache), key, stamp.Value);
        var lastKey = (nameof(AggregateCache), key, "last");
        var mine = new Lazy<Task<T>>(load);
        var shared = cache.GetOrCreate(entryKey, entry =>
        {
            entry.SlidingExpiration = Idle;
            entry.AddExpirationToken(new CancellationChangeToken(stamp.Ended));
            return mine;
        })!;
        var owner = ReferenceEquals(shared, mine);
        if (!owner && !(shared.IsValueCreated && shared.Value.IsCompletedSuccessfully) && cache.Get<Built>(lastKey) is { Value: T last })
        {
            // Another request is rebuilding this key: answer with the last value built rather than queue behind it.
            http?.HttpContext?.Items.TryAdd(ServedStaleItem, true);
            return last;
        }

        T value;
        try
        {
            value = await shared.Value;
        }
        catch (Exception) when (!owner)
        {
            // Another request's load failed (or that request was aborted): load with this request's own context.
            cache.Remove(entryKey);
            return await load();
        }
        catch
        {
            cache.Remove(entryKey);
            throw;
        }

        if (value is null)
        {
            // Misses (an unknown slug) are not kept: anyone could fill the cache with them.
            cache.Remove(entryKey);
        }
        else if (cache.Get<Built>(lastKey) is not { } previous || previous.Generation <= stamp.Value)
        {
            cache.Set(lastKey, new Built(stamp.Value, value), new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        }

        return value;
    }
}
