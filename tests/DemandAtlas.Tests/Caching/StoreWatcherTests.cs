using System.Diagnostics;
using DemandAtlas.Web.Caching;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Caching;

/// <summary>
/// Writes by another process (the import verb while the site runs) reach cached pages through the watcher, not a
/// time expiry. A plain SqliteConnection stands in for the other process: it bypasses the app's DbContext and so
/// its interceptors, exactly as a separate process would.
/// </summary>
public sealed class StoreWatcherTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private StoreWatcher Watcher => factory.Services.GetRequiredService<StoreWatcher>();

    private StoreGeneration Generation => factory.Services.GetRequiredService<StoreGeneration>();

    private SqliteConnection OtherProcess() => new($"Data Source={factory.DatabasePath};Pooling=False");

    [Fact]
    public async Task A_write_by_another_connection_shows_on_a_cached_page_within_seconds()
    {
        var place = new JurisdictionBuilder("Watchford").InCounty("Old County");
        await factory.WithDbAsync(place.SaveAsync);
        var client = factory.CreateClient();
        var url = new Uri($"/jurisdictions/{place.Slug}", UriKind.Relative);
        await client.GetStringAsync(url);
        using (var cached = await client.GetAsync(url))
        {
            Assert.True(cached.Headers.Age.HasValue, "the page should be served from the output cache before the write");
            Assert.Contains("Old County", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var before = Generation.Current;
        await using (var other = OtherProcess())
        {
            await other.OpenAsync();
            await using var update = other.CreateCommand();
            update.CommandText = "UPDATE Jurisdictions SET County = 'New County', Version = Version + 1 WHERE Slug = $slug";
            update.Parameters.AddWithValue("$slug", place.Slug);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var clock = Stopwatch.StartNew();
        var text = await client.GetStringAsync(url);
        while (!text.Contains("New County", StringComparison.Ordinal) && clock.Elapsed < Patience)
        {
            await Task.Delay(100);
            text = await client.GetStringAsync(url);
        }

        Assert.Contains("New County", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Old County", text, StringComparison.Ordinal);
        Assert.True(Generation.Current > before);
    }

    [Fact]
    public async Task Reads_alone_never_move_the_generation()
    {
        var place = new JurisdictionBuilder("Readville").WithTactic("web-stings");
        await factory.WithDbAsync(place.SaveAsync);
        var client = factory.CreateClient();
        await client.GetStringAsync(new Uri($"/jurisdictions/{place.Slug}", UriKind.Relative));
        await WaitForPollsAsync(2);
        var before = Generation.Current;

        // Uncached reads by the app (a fresh query string each) and by another connection.
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var url in new[] { $"/?r={tag}", $"/jurisdictions?q={tag}", $"/jurisdictions/{place.Slug}?r={tag}", $"/tactics/web-stings?r={tag}" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, url);
        }

        await using (var other = OtherProcess())
        {
            await other.OpenAsync();
            await using var select = other.CreateCommand();
            select.CommandText = "SELECT COUNT(*) FROM Jurisdictions";
            Assert.True(Convert.ToInt64(await select.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        }

        await WaitForPollsAsync(3);
        Assert.Equal(before, Generation.Current);
    }

    [Fact]
    public async Task An_edit_through_the_app_moves_the_generation_at_once_and_the_watcher_does_not_move_it_again()
    {
        await WaitForPollsAsync(1);
        var before = Generation.Current;

        await factory.WithDbAsync(new JurisdictionBuilder("Oncetown").SaveAsync);
        var after = Generation.Current;
        await WaitForPollsAsync(3);

        Assert.True(after > before);
        Assert.Equal(after, Generation.Current);
    }

    [Fact]
    public async Task The_watcher_waits_for_a_store_that_does_not_exist_yet_without_creating_it_and_then_sees_writes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"demandatlas-watch-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<StoreGeneration>()
            .AddSingleton<StoreWatcher>()
            .AddDbContext<AtlasDb>(o => o.UseSqlite($"Data Source={path}"))
            .BuildServiceProvider();
        var watcher = services.GetRequiredService<StoreWatcher>();
        var generation = services.GetRequiredService<StoreGeneration>();
        try
        {
            await watcher.StartAsync(CancellationToken.None);
            await WaitForPollsAsync(watcher, 2);
            Assert.False(File.Exists(path));

            await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
            await other.OpenAsync();
            await ExecuteAsync(other, "PRAGMA journal_mode=WAL; CREATE TABLE Probe (Id INTEGER PRIMARY KEY)");
            await WaitForPollsAsync(watcher, 2);
            var before = generation.Current;

            await ExecuteAsync(other, "INSERT INTO Probe DEFAULT VALUES");
            var clock = Stopwatch.StartNew();
            while (generation.Current == before && clock.Elapsed < Patience)
            {
                await Task.Delay(50);
            }

            Assert.True(generation.Current > before);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private Task WaitForPollsAsync(int count) => WaitForPollsAsync(Watcher, count);

    /// <summary>Waits until the watcher has looked at the store <paramref name="count"/> more times.</summary>
    private static async Task WaitForPollsAsync(StoreWatcher watcher, int count)
    {
        var target = watcher.Polls + count;
        var clock = Stopwatch.StartNew();
        while (watcher.Polls < target)
        {
            Assert.True(clock.Elapsed < Patience, $"the watcher polled {watcher.Polls} times, waited for {target}");
            await Task.Delay(50);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
