using DemandAtlas.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

public static class DataServices
{
    public const string ConnectionName = "Atlas";
    public const string DefaultConnection = "Data Source=data/demandatlas.db";

    /// <summary>Registers AtlasDb; the connection string is read when the context is built so tests can override it.</summary>
    public static IServiceCollection AddAtlasData(this IServiceCollection services)
    {
        services.AddDbContext<AtlasDb>((sp, options) => options.UseSqlite(ConnectionString(sp)));
        return services;
    }

    /// <summary>The store's connection string, with a relative file resolved against the repository root.</summary>
    public static string ConnectionString(IServiceProvider services)
    {
        var raw = services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName) ?? DefaultConnection;
        return AtlasPaths.ResolveConnectionString(raw, AtlasPaths.Root(services.GetRequiredService<IHostEnvironment>().ContentRootPath));
    }

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

    /// <summary>Applies migrations and switches the file to WAL so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(AtlasDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
