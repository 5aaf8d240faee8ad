using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Data;

public sealed class TemplateStoreTests
{
    [Fact]
    public async Task A_store_copied_from_the_template_has_every_migration_so_start_up_migrates_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void The_template_is_one_closed_file_named_for_the_migrations()
    {
        var template = TemplateStore.Path;

        Assert.Matches(@"demandatlas-template-[0-9a-f]{16}\.db$", template);
        Assert.False(File.Exists(template + "-wal") && new FileInfo(template + "-wal").Length > 0, "the template was copied with its log unmerged");
    }

    [Fact]
    public async Task A_copy_is_a_store_of_its_own()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();
        await using (var db = first.Open())
        {
            await new JurisdictionBuilder("Copyton").SaveAsync(db);
        }

        await using var other = second.Open();
        Assert.Equal(0, await other.Jurisdictions.CountAsync());
    }
}
