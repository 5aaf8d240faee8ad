using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.Data;

/// <summary>
/// The one-line explanations of a store the app cannot use. They name the file and the fix, never the connection
/// string itself (another engine's would carry a password).
/// </summary>
public static class StoreFailures
{
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    public static StoreException MalformedConnectionString(Exception e) => new(
        $"The connection string ConnectionStrings:{DataServices.ConnectionName} is malformed ({e.Message.TrimEnd('.')}); " +
        "set it to \"Data Source=/path/to/demandatlas.db\" (appsettings.json, or the environment variable ConnectionStrings__Atlas).", e);

    public static StoreException Unwritable(string path, Exception e) => new(
        $"Cannot create or write the store {path} ({Reason(e)}): give the user running DemandAtlas ({Environment.UserName}) " +
        $"write access to {Path.GetDirectoryName(path)}, or point ConnectionStrings__Atlas (a verb: --db PATH) at a writable place.", e);

    public static StoreException TooNew(string path, IReadOnlyList<string> unknownMigrations) => new(
        $"The store {path} was written by a newer version of DemandAtlas (it has migration {unknownMigrations[^1]}, which this " +
        "version does not know): run that version or a later one, or restore a backup taken by this version into a new store.");

    /// <summary>The store-level failure a SQLite error means, or null for one that is a bug rather than the operator's to fix.</summary>
    public static StoreException? Explain(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteReadOnly or SqliteCantOpen => Unwritable(path, e),
        SqliteNotADatabase => new StoreException($"{path} is not a DemandAtlas store (not a SQLite database): point ConnectionStrings__Atlas (a verb: --db PATH) at the store, or move the file away.", e),
        _ => null,
    };

    private static string Reason(Exception e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteReadOnly ? "it is read-only" : "SQLite cannot open it",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message.TrimEnd('.'),
    };
}
