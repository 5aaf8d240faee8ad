using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// A counter that moves whenever the store is written: by this process (SaveChanges, a committed transaction, or a
/// raw/bulk command such as ExecuteUpdate, seen here as interceptors) or by another one (the import verb run while
/// the site is up, seen by <see cref="StoreWatcher"/>). Cached pages and aggregates are keyed by it, so a write is
/// visible on the next request (about a second later for another process's write) and nothing needs a time expiry.
/// </summary>
public sealed class StoreGeneration : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private readonly Lock gate = new();
    private Generation now = new(0, new CancellationTokenSource());
    private Action? beforeOwnWrite;

    private sealed record Generation(long Value, CancellationTokenSource Moved);

    /// <summary>One generation: its number, and a token cancelled when the store moves past it.</summary>
    public readonly record struct Stamp(long Value, CancellationToken Ended);

    public long Current => Volatile.Read(ref now).Value;

    /// <summary>The current generation with its end token, read together so the two always agree.</summary>
    public Stamp Now
    {
        get
        {
            var generation = Volatile.Read(ref now);
            return new Stamp(generation.Value, generation.Moved.Token);
        }
    }

    /// <summary>
    /// Called when this process has written, just before the generation moves: <see cref="StoreWatcher"/> takes
    /// the write as seen, so it does not move the generation a second time a moment later (which would make every
    /// edit rebuild the shared aggregates twice).
    /// </summary>
    internal void BeforeOwnWrite(Action? action) => Volatile.Write(ref beforeOwnWrite, action);

    private void OwnWrite()
    {
        Volatile.Read(ref beforeOwnWrite)?.Invoke();
        Advance();
    }

    /// <summary>Moves to a new generation: everything cached for the old one is stale.</summary>
    public void Advance()
    {
        Generation old;
        lock (gate)
        {
            old = now;
            Volatile.Write(ref now, new Generation(old.Value + 1, new CancellationTokenSource()));
        }

        // Not disposed: a cache entry may still register on the token it read just before the move (and is then
        // expired at once); a source without a timer holds nothing the collector cannot free.
        old.Moved.Cancel();
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        OwnWrite();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OwnWrite();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OwnWrite();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OwnWrite();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        OwnWrite();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OwnWrite();
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// Directory-wide counts (tactic reach, totals, per-year figures) and filter-wide map and chart data that every
/// visitor shares. One load per key and generation: concurrent requests for a missing entry await the same load
/// instead of each running it (at 30,000 profiles the home page's aggregates take seconds, and a stampede of
/// 32 clients after each write kept every request waiting past its timeout).
/// </summary>
public sealed class AggregateCache(IMemoryCache cache, StoreGeneration generation)
{
    /// <summary>
    /// Entries of a past generation go as soon as the store moves on (their end token); this idle expiry only
    /// releases keys nobody asks for any more (a one-off filter). It is longer than the output cache's expiry, so
    /// a popular page re-rendered when its cached response expires still finds its aggregates.
    /// </summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var stamp = generation.Now;
        var entryKey = (nameof(AggregateCache), key, stamp.Value);
        var mine = new Lazy<Task<T>>(load);
        var shared = cache.GetOrCreate(entryKey, entry =>
        {
            entry.SlidingExpiration = Idle;
            entry.AddExpirationToken(new CancellationChangeToken(stamp.Ended));
            return mine;
        })!;
        var owner = ReferenceEquals(shared, mine);
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

        return value;
    }
}
