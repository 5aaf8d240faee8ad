using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.Data.Sqlite;

/// <summary>
/// Copies of a SQLite store through SQLite's online backup API. The copy is taken in one step under one read
/// transaction, so it is one consistent snapshot of the store even while the site serves and another process writes:
/// in WAL mode the writers carry on meanwhile and their later commits are simply not in it.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the store at <paramref name="source"/> (which must exist) into <paramref name="destination"/>.</summary>
    /// <param name="keepWal">True for a store the site will use (WAL); false for a backup file, kept as one self-contained file.</param>
    public static async Task CopyAsync(string source, string destination, bool keepWal, CancellationToken cancellationToken)
    {
        // Read-only: a missing source is an error rather than a new empty store, and a backup on read-only media restores.
        await using var from = await OpenAsync(source, SqliteOpenMode.ReadOnly, cancellationToken);
        await using var to = await OpenAsync(destination, SqliteOpenMode.ReadWriteCreate, cancellationToken);
        // Into an existing store the copy replaces every page inside one write transaction of the destination, through
        // SQLite's own locking and its write-ahead log, so a replaced store is never left half old and half new.
        await BackUpAsync(from, to, cancellationToken);
        await using var mode = to.CreateCommand();
        mode.CommandText = keepWal ? "PRAGMA journal_mode=WAL;" : "PRAGMA journal_mode=DELETE;";
        await mode.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// One backup step over the whole store. The step does not consult the busy timeout: when another process holds
    /// the WAL index for a moment (a checkpoint, a log restart) it fails at once with SQLITE_BUSY or SQLITE_LOCKED,
    /// and SQLite's advice is to try again later, so it does, for as long as a command would wait.
    /// </summary>
    private static async Task BackUpAsync(SqliteConnection from, SqliteConnection to, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    /// <summary>`PRAGMA integrity_check`: "ok", or the first problems it found.</summary>
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly, cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check(10);";
        var lines = new List<string>();
        try
        {
            await using var reader = await check.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
        }
        catch (SqliteException e) when (StoreFailures.Explain(e, path) is { } failure)
        {
            // SQLite opens any file lazily; reading is where "file is not a database" shows.
            throw failure;
        }

        return string.Join("; ", lines);
    }

    /// <summary>A connection string for opening <paramref name="path"/> without the pool (a verb's file is closed for good).</summary>
    public static string ConnectionString(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString(path, mode));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e) when (StoreFailures.Explain(e, path) is { } failure)
        {
            await connection.DisposeAsync();
            throw failure;
        }
    }
}
