using DemandAtlas.Testing;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Support;

/// <summary>
/// The real app on its own migrated SQLite file; one per test class (IClassFixture), tests add their own data.
/// Seeds are not imported, so every test knows exactly what is in its store. The file is a copy of the run's
/// <see cref="TemplateStore"/>, so the app's start-up migration finds nothing to do.
/// </summary>
public class AtlasFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"demandatlas-test-{Guid.NewGuid():N}.db");

    /// <summary>Extra configuration a derived factory wants (feature switches, limits).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (!File.Exists(DatabasePath))
        {
            TemplateStore.CopyTo(DatabasePath);
        }

        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DataServices.ConnectionName}"] = $"Data Source={DatabasePath}",
                ["DemandAtlas:ImportSeedsOnStart"] = "false",
                ["Serilog:MinimumLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    /// <summary>A fresh context on the factory's store (starts the app, and so migrates, if needed).</summary>
    public AtlasDb CreateDb()
    {
        _ = Server;
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AtlasDb>();
    }

    public async Task<T> WithDbAsync<T>(Func<AtlasDb, Task<T>> action)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AtlasDb>());
    }

    public async Task WithDbAsync(Func<AtlasDb, Task> action)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AtlasDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-lock" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
