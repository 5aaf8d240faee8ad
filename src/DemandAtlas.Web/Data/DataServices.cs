using DemandAtlas.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

public static class DataServices
{
    public const string ConnectionName = "Atlas";
    public const string DefaultConnection = "Data Source=data/demandatlas.db";

    /// <summary>
    /// Registers AtlasDb, pooled: a public page runs several small queries, and building a context (its services
    /// and options) per request cost about a tenth of a profile page's CPU. The connection string is read when the
    /// pool's options are built, from the host's configuration, so tests can override it.
    /// </summary>
    public static IServiceCollection AddAtlasData(this IServiceCollection services)
    {
        services.AddDbContextPool<AtlasDb>((sp, options) => options.UseAtlasSqlite(ConnectionString(sp)));
        return services;
    }

    /// <summary>The store's connection string, with a relative file resolved against the repository root.</summary>
    public static string ConnectionString(IServiceProvider services)
    {
        var raw = services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName) ?? DefaultConnection;
        return AtlasPaths.ResolveConnectionString(raw, AtlasPaths.Root(services.GetRequiredService<IHostEnvironment>().ContentRootPath));
    }

    /// <summary>The store's file, or null for one that is not a plain file (in memory, a URI).</summary>
    public static string? StorePath(IServiceProvider services) => StorePath(ConnectionString(services));

    public static string? StorePath(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.Length == 0 || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal) ? null : source;
    }

    /// <summary>The shared <see cref="StoreLock"/> on the store's file (null when it has none) for as long as it is used.</summary>
    public static StoreLock? LockShared(IServiceProvider services) => StorePath(services) is { } path ? StoreLock.Shared(path) : null;

    /// <summary>True when the store's file does not exist yet (or is empty), so migrating will create it from scratch.</summary>
    public static bool IsNewStore(IServiceProvider services)
    {
        var options = new SqliteConnectionStringBuilder(ConnectionString(services));
        if (options.Mode != SqliteOpenMode.ReadWriteCreate || options.DataSource == ":memory:" || options.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return false;
        }

        var file = new FileInfo(options.DataSource);
        return !file.Exists || file.Length == 0;
    }

    /// <summary>
    /// Applies migrations and switches the file to WAL so readers never wait for a writer. A store that has migrations
    /// this version does not know was written by a newer one: it is refused rather than run on a schema it may misread.
    /// </summary>
    public static async Task MigrateAsync(AtlasDb db, CancellationToken cancellationToken = default)
    {
        var path = db.Database.GetDbConnection().DataSource;
        try
        {
            await AppliedMigrationsAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch (SqliteException e) when (StoreFailures.Explain(e, path) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The store's applied migrations; a <see cref="StoreException"/> when it has one this version does not know.</summary>
    public static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw StoreFailures.TooNew(db.Database.GetDbConnection().DataSource, unknown);
        }

        return applied;
    }

    /// <summary>A context on one SQLite file, outside any app (what backup and restore check and count).</summary>
    public static AtlasDb OpenFile(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite)
    {
        var options = new DbContextOptionsBuilder<AtlasDb>();
        options.UseAtlasSqlite(Sqlite.SqliteBackup.ConnectionString(path, mode));
        return new(options.Options);
    }

    /// <summary>SQLite as every context of the app opens it: writers wait for each other inside SQLite (<see cref="Sqlite.SqliteBusyWait"/>).</summary>
    public static DbContextOptionsBuilder UseAtlasSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(Sqlite.SqliteBusyWait.Instance);
}
