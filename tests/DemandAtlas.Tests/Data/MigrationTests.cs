using DemandAtlas.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_create_the_store_with_the_fifteen_tactics_and_their_aliases()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        var slugs = await db.Tactics.OrderBy(t => t.SortOrder).Select(t => t.Slug).ToListAsync();

        Assert.Equal(15, slugs.Count);
        Assert.Equal("auto-seizure", slugs[0]);
        Assert.Equal("web-stings", slugs[^1]);
        Assert.Contains(await db.TacticAliases.Select(a => a.Key).ToListAsync(), k => k == "shaming");
    }

    [Fact]
    public async Task The_store_runs_in_write_ahead_log_mode()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
