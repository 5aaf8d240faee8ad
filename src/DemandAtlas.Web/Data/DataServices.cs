using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

public static class DataServices
{
    public const string ConnectionName = "Atlas";
    public const string DefaultConnection = "Data Source=data/demandatlas.db";

    /// <summary>Registers AtlasDb; the connection string is read when the context is built so tests can override it.</summary>
    public static IServiceCollection AddAtlasData(this IServiceCollection services)
    {
        services.AddDbContext<AtlasDb>((sp, options) =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var env = sp.GetRequiredService<IHostEnvironment>();
            var raw = config.GetConnectionString(ConnectionName) ?? DefaultConnection;
            options.UseSqlite(AtlasPaths.ResolveConnectionString(raw, AtlasPaths.Root(env.ContentRootPath)));
        });
        return services;
    }

    /// <summary>Applies migrations and switches the file to WAL so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(AtlasDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
