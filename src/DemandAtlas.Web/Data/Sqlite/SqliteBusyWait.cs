using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DemandAtlas.Web.Data.Sqlite;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without a busy timeout, a writer that finds another one holding
/// the lock gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after a fixed 150 ms sleep: with 50 editors
/// saving, two saves meeting (a few milliseconds each) cost one of them 150 ms, often several times over. SQLite's
/// own handler retries after 1, 2, 5, 10 … ms, so a save waits about as long as the one ahead of it takes.
/// Past this timeout (another process's long import transaction) the library's retry goes on, up to the
/// command timeout, as before.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    public static readonly SqliteBusyWait Instance = new();

    private const int TimeoutMilliseconds = 5_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    // A pooled connection keeps its handle, and the setting with it; setting it again is one cheap native call.
    private static void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds);
        }
    }
}
