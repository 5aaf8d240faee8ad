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

/// <summary>Directory-wide counts (tactic reach, totals, per-year figures) that every visitor shares.</summary>
public sealed class AggregateCache(IMemoryCache cache, StoreGeneration generation)
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var entryKey = (nameof(AggregateCache), key, generation.Current);
        if (cache.TryGetValue(entryKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await load();
        cache.Set(entryKey, value, Expiry);
        return value;
    }
}
