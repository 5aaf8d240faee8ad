using System.Diagnostics;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Keeps the public <see cref="DirectoryIndex"/> current, off the request path. It builds a snapshot from SQL at
/// start, then follows the store: whenever <see cref="StoreGeneration"/> moves (a write here, or another process's
/// seen by <see cref="StoreWatcher"/>) it reads the change feed the store's triggers keep (<see cref="StoreChange"/>)
/// and reloads only the places it names — or everything, after a bulk import or a change every page shows. Readers
/// always get the last finished snapshot and never wait for a newer one; a write made in this process waits for the
/// snapshot that shows it before it returns (<see cref="CatchUpAsync"/>), so whoever saved, and every reader after
/// them, sees the edit at once.
/// </summary>
public sealed class DirectoryIndexService(IServiceScopeFactory scopes, StoreGeneration generation, ILogger<DirectoryIndexService> logger) : BackgroundService
{
    /// <summary>Operations on the home page.</summary>
    public const int RecentOperationCount = 8;

    /// <summary>Newest operations an index keeps: edits that remove some of them seldom leave fewer than the home page shows.</summary>
    private const int NewestKept = 64;

    /// <summary>More changed places than this in one pass (a bulk import) are read in one full rebuild instead.</summary>
    private const int IncrementalLimit = 2_000;

    /// <summary>Change-feed rows kept behind the newest, for other processes following the same store.</summary>
    private const long FeedRetention = 100_000;

    private readonly TaskCompletionSource<DirectoryIndex> first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<(long Generation, TaskCompletionSource Done)> waiters = [];
    private DirectoryIndex? current;
    private long covered = -1;
    private long trimmedTo;

    /// <summary>The latest snapshot, or null before the first one is built.</summary>
    public DirectoryIndex? Current => Volatile.Read(ref current);

    /// <summary>The latest snapshot; only requests that arrive while the site is starting wait, for the first one.</summary>
    public ValueTask<DirectoryIndex> GetAsync(CancellationToken cancellationToken) =>
        Current is { } index ? ValueTask.FromResult(index) : new(first.Task.WaitAsync(cancellationToken));

    /// <summary>
    /// Waits until a snapshot includes every write made before this call. Cheap when nothing public changed (one
    /// small query of the change feed). Does nothing until the index runs (start-up migrations and the seed import
    /// come first).
    /// </summary>
    public Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var target = generation.Current;
        lock (gate)
        {
            if (Current is null || covered >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((target, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: hosted services start one after another.
        await Task.Yield();
        generation.AfterOwnWrite(CatchUpAsync);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var stamp = generation.Now;
                if (stamp.Value != Volatile.Read(ref covered))
                {
                    await PassAsync(stoppingToken);
                    Release(stamp.Value);
                    continue;
                }

                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stamp.Ended, stoppingToken);
                await Task.Delay(Timeout.Infinite, wake.Token).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        finally
        {
            generation.AfterOwnWrite(null);
            Release(long.MaxValue);
        }
    }

    /// <summary>Brings the snapshot up to the store; a failure keeps the last snapshot and is retried on the next write.</summary>
    private async Task PassAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
            var index = Current;
            var next = index is null ? await BuildAsync(db, 1, cancellationToken) : await FollowAsync(db, index, cancellationToken);
            if (next is not null)
            {
                Volatile.Write(ref current, next);
                first.TrySetResult(next);
            }

            await TrimAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Could not refresh the directory index; pages keep the last snapshot until the next write");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private async Task<DirectoryIndex> BuildAsync(AtlasDb db, long version, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        // The feed's end is read first: a change made while the rest is read is read again by the next pass.
        var position = await db.StoreChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var tactics = await DirectoryLoader.TacticsAsync(db, cancellationToken);
        var places = await DirectoryLoader.PlacesAsync(db, tactics, null, cancellationToken);
        var loaded = watch.ElapsedMilliseconds;
        var index = DirectoryIndex.Build(version, position, tactics, places);
        var built = watch.ElapsedMilliseconds;
        index.RecentOperations = await RecentAsync(db, index, null, cancellationToken);
        logger.LogInformation("Directory index built: {Places} places in {Milliseconds} ms (read {Read} ms, indexed {Indexed} ms)", places.Count, watch.ElapsedMilliseconds, loaded, built - loaded);
        return index;
    }

    /// <summary>The next snapshot after the changes the feed holds, or null when nothing public changed.</summary>
    private async Task<DirectoryIndex?> FollowAsync(AtlasDb db, DirectoryIndex index, CancellationToken cancellationToken)
    {
        var after = index.FeedPosition;
        // One read of the unread feed (normally a row or two a save); a bulk import's many rows lead to a rebuild below.
        var unread = await db.StoreChanges.Where(c => c.Seq > after).Select(c => new { c.Seq, c.JurisdictionId }).ToListAsync(cancellationToken);
        if (unread.Count == 0)
        {
            return null;
        }

        var last = unread.Max(c => c.Seq);
        // Seq numbers are consecutive (AUTOINCREMENT; a rolled-back write takes its numbers back), so a gap means
        // rows this process never read were trimmed while it lagged far behind: only a rebuild is sure to be right.
        var missed = after > 0 && unread.Min(c => c.Seq) > after + 1;
        var named = unread.Select(c => c.JurisdictionId).Distinct().ToList();
        if (missed || named.Contains(null) || named.Count > IncrementalLimit)
        {
            return await BuildAsync(db, index.Version + 1, cancellationToken);
        }

        var ids = named.Select(id => id!.Value).ToList();
        var changed = ids.ToHashSet();
        var places = await DirectoryLoader.PlacesAsync(db, index.Tactics, ids, cancellationToken);
        var next = index.With(index.Version + 1, last, changed, places);
        next.RecentOperations = await RecentAsync(db, next, index, cancellationToken, changed);
        return next;
    }

    /// <summary>The home page's newest operations, read again only when they may have changed.</summary>
    private static async Task<IReadOnlyList<OperationRow>> RecentAsync(AtlasDb db, DirectoryIndex index, DirectoryIndex? previous, CancellationToken cancellationToken, IReadOnlySet<int>? changed = null)
    {
        index.NewestOperations = (previous is null || changed is null ? null : DirectoryLoader.NewestOperationsAfter(
                previous.NewestOperations,
                changed.SelectMany(id => previous.ById(id)?.Operations ?? []),
                changed.SelectMany(id => index.ById(id)?.Operations ?? []),
                NewestKept,
                RecentOperationCount))
            ?? DirectoryLoader.NewestOperations(index.Places, NewestKept);
        var ids = index.NewestOperations.Take(RecentOperationCount).Select(o => o.Id).ToList();
        var unchanged = previous is not null && ids.SequenceEqual(previous.RecentOperations.Select(r => r.Id))
            && !(changed ?? new HashSet<int>()).Any(id => previous.ById(id)?.Operations.Any(o => ids.Contains(o.Id)) == true);
        return unchanged ? previous!.RecentOperations : await DirectoryLoader.OperationRowsAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// Drops change-feed rows far behind the newest. Plain ADO, outside EF: this is bookkeeping, not a write anyone
    /// must wait for, and EF's interceptors would make it wait for this very loop.
    /// </summary>
    private async Task TrimAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        var position = Current?.FeedPosition ?? 0;
        if (position - trimmedTo < FeedRetention)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM StoreChanges WHERE Seq <= @limit";
        var limit = command.CreateParameter();
        limit.ParameterName = "@limit";
        limit.Value = position - FeedRetention;
        command.Parameters.Add(limit);
        command.CommandTimeout = 5;
        await command.ExecuteNonQueryAsync(cancellationToken);
        trimmedTo = position - FeedRetention;
    }

    private void Release(long passed)
    {
        List<TaskCompletionSource> done;
        lock (gate)
        {
            Volatile.Write(ref covered, passed == long.MaxValue ? covered : passed);
            done = [.. waiters.Where(w => w.Generation <= passed).Select(w => w.Done)];
            waiters.RemoveAll(w => w.Generation <= passed);
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult();
        }
    }
}
