using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Data;

/// <summary>
/// Every context the app opens lets SQLite wait for the write lock itself (<see cref="DemandAtlas.Web.Data.Sqlite.SqliteBusyWait"/>),
/// instead of failing at once and leaving the retry to the driver's fixed 150 ms sleep.
/// </summary>
public sealed class SqliteBusyWaitTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    [Fact]
    public async Task The_sites_contexts_open_with_a_busy_timeout()
    {
        var timeout = await factory.WithDbAsync(BusyTimeoutAsync);

        Assert.Equal(5_000, timeout);
    }

    [Fact]
    public async Task A_context_on_a_file_outside_the_site_opens_with_one_too()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = DataServices.OpenFile(database.Path);

        Assert.Equal(5_000, await BusyTimeoutAsync(db));
    }

    [Fact]
    public async Task A_save_waits_for_another_writer_to_finish_and_then_lands()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var other = new SqliteConnection(database.ConnectionString);
        await other.OpenAsync();
        await using var holding = (SqliteTransaction)await other.BeginTransactionAsync();
        await using var db = DataServices.OpenFile(database.Path);
        db.AuditLog.Add(new DemandAtlas.Web.Domain.AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = "test-write", Details = "waits" });

        // On a thread of its own: SQLite's "async" calls run synchronously, and this one blocks until the lock is free.
        var save = Task.Run(() => db.SaveChangesAsync());
        await Task.Delay(300);
        Assert.False(save.IsCompleted, "the save went through while another connection held the write lock");
        await holding.CommitAsync();

        Assert.Equal(1, await save);
    }

    private static async Task<long> BusyTimeoutAsync(AtlasDb db)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
