using DemandAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Sees writes to the store by other processes (the import verb run while the site is up) and moves
/// <see cref="StoreGeneration"/>, so cached pages and aggregates follow them within about a second without any
/// time expiry. SQLite's <c>PRAGMA data_version</c>, asked on one connection, changes when any other connection
/// commits to the file; this service holds one such connection and asks once a second (a few microseconds).
/// This process's own writes move the generation through EF interceptors, which first let the watcher take
/// them as seen (<see cref="StoreGeneration.BeforeOwnWrite"/>).
/// </summary>
public sealed class StoreWatcher(IServiceScopeFactory scopes, StoreGeneration generation, ILogger<StoreWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private string? connectionString;
    private SqliteConnection? connection;
    private long? seen;
    private int failures;
    private long polls;

    /// <summary>Completed polls, successful or not, so tests can wait for the watcher to have looked instead of sleeping.</summary>
    public long Polls => Interlocked.Read(ref polls);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: hosted services start one after another.
        await Task.Yield();
        connectionString = await ConnectionStringAsync();
        generation.BeforeOwnWrite(TakeOwnWriteAsSeen);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                if (Check())
                {
                    // A poll is done once the public directory shows what it saw (DirectoryIndexService).
                    await generation.CatchUpAsync(stoppingToken);
                }

                Interlocked.Increment(ref polls);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            generation.BeforeOwnWrite(null);
            lock (gate)
            {
                Close();
            }
        }
    }

    /// <summary>Moves the generation when another connection has committed since the last look; true when it did.</summary>
    private bool Check()
    {
        lock (gate)
        {
            try
            {
                var reconnecting = connection is null && failures > 0;
                var version = DataVersion();
                // After a failure, writes may have landed while nobody watched: a reconnect counts as one.
                var moved = reconnecting || (seen is { } last && version != last);
                if (moved)
                {
                    generation.Advance();
                }

                seen = version;
                failures = 0;
                return moved;
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
            {
                // The file may not exist yet or may be briefly unreadable; keep trying with a fresh connection.
                if (failures++ == 0)
                {
                    logger.LogWarning(e, "Cannot watch the store for writes by other processes; retrying every {Seconds} s", Interval.TotalSeconds);
                }

                Close();
                return false;
            }
        }
    }

    /// <summary>
    /// This process has just committed and is about to move the generation itself: whatever the version shows now
    /// is covered by that move, so the next poll must not move it again.
    /// </summary>
    private void TakeOwnWriteAsSeen()
    {
        lock (gate)
        {
            if (connection is null)
            {
                return;
            }

            try
            {
                seen = DataVersion();
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
            {
                // The next poll reconnects and moves the generation once more, which is harmless.
                failures++;
                Close();
            }
        }
    }

    private long DataVersion()
    {
        if (connection is null)
        {
            connection = new SqliteConnection(connectionString);
            connection.Open();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Close()
    {
        connection?.Dispose();
        connection = null;
        seen = null;
    }

    /// <summary>
    /// The app's own store, opened read-write but never created (the initializer creates and migrates it) and
    /// unpooled, so stopping the site really closes the file.
    /// </summary>
    private async Task<string> ConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var configured = scope.ServiceProvider.GetRequiredService<AtlasDb>().Database.GetConnectionString();
        return new SqliteConnectionStringBuilder(configured) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    }
}
