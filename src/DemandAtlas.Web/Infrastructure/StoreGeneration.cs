using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// A counter that moves whenever this process writes to the store: SaveChanges, a committed transaction, or a
/// raw/bulk command (ExecuteUpdate, ExecuteDelete). Cached aggregates are keyed by it, so an edit is visible
/// on the next request; a short expiry covers writes from other processes (the import verb).
/// </summary>
public sealed class StoreGeneration : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private long value;

    public long Current => Interlocked.Read(ref value);

    private void Bump() => Interlocked.Increment(ref value);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Bump();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Bump();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump();
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// Directory-wide counts (tactic reach, totals, per-year figures) and filter-wide map and chart data that every
/// visitor shares. One load per key and generation: concurrent requests for a missing entry await the same load
/// instead of each running it (at 30,000 profiles the home page's aggregates take seconds, and a stampede of
/// 32 clients after each expiry kept every request waiting past its timeout).
/// </summary>
public sealed class AggregateCache(IMemoryCache cache, StoreGeneration generation)
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var entryKey = (nameof(AggregateCache), key, generation.Current);
        var mine = new Lazy<Task<T>>(load);
        var shared = cache.GetOrCreate(entryKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Expiry;
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
