using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DemandAtlas.Web.Caching;

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
    private Func<CancellationToken, Task>? afterOwnWrite;

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

    /// <summary>
    /// Awaited after this process's committed writes (<see cref="DirectoryIndexService.CatchUpAsync"/>): a write is
    /// not done until the public directory shows it. Not awaited inside an open transaction (its commit is).
    /// </summary>
    internal void AfterOwnWrite(Func<CancellationToken, Task>? action) => Volatile.Write(ref afterOwnWrite, action);

    private void OwnWrite()
    {
        Volatile.Read(ref beforeOwnWrite)?.Invoke();
        Advance();
    }

    private Task OwnWriteCommittedAsync(CancellationToken cancellationToken)
    {
        OwnWrite();
        return Volatile.Read(ref afterOwnWrite)?.Invoke(cancellationToken) ?? Task.CompletedTask;
    }

    /// <summary>What <see cref="StoreWatcher"/> calls after seeing another process's write.</summary>
    internal Task CatchUpAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref afterOwnWrite)?.Invoke(cancellationToken) ?? Task.CompletedTask;

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

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await OwnWriteCommittedAsync(cancellationToken);
        }
        else
        {
            OwnWrite();
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OwnWrite();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        OwnWriteCommittedAsync(cancellationToken);

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        OwnWrite();
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            await OwnWriteCommittedAsync(cancellationToken);
        }
        else
        {
            OwnWrite();
        }

        return result;
    }
}
