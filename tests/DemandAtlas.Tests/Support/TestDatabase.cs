using DemandAtlas.Testing;
using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Support;

/// <summary>A migrated SQLite file of its own (a copy of the run's <see cref="TemplateStore"/>), for query and importer tests that need no web host.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"demandatlas-db-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public static Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        TemplateStore.CopyTo(database.Path);
        return Task.FromResult(database);
    }

    public AtlasDb Open() => new(new DbContextOptionsBuilder<AtlasDb>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-lock" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
