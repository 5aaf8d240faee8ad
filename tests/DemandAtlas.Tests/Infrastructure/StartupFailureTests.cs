using System.Net;
using System.Net.Sockets;
using DemandAtlas.Tests.CommandLine;
using DemandAtlas.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Infrastructure;

/// <summary>
/// The site started as a user starts it, in its own process, on a machine set up wrong. Each mistake is one line on
/// stderr saying what and how to fix it, exit 1, and no stack trace anywhere in what it printed.
/// </summary>
public sealed class StartupFailureTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string folder = Directory.CreateTempSubdirectory("demandatlas-start-").FullName;

    private string Store => Path.Combine(folder, "atlas.db");

    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Assert.Single(lines);
    }

    private static void AssertNoStackTrace(string output, string error)
    {
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> StoreAt(string dataSource) => new() { ["ConnectionStrings__Atlas"] = $"Data Source={dataSource}" };

    [Fact]
    public async Task A_taken_port_is_one_line_naming_the_address_and_the_way_out()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output, error) = await AppProcess.RunAsync(StoreAt(Store), Timeout, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exit);
        var line = OneLine(error);
        Assert.StartsWith("DemandAtlas cannot start:", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("already in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        AssertNoStackTrace(output, error);
    }

    [Fact]
    public async Task The_exception_behind_the_line_goes_to_the_log_at_debug()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output, error) = await AppProcess.RunAsync(StoreAt(Store), Timeout,
            "--urls", $"http://127.0.0.1:{port}", "--Serilog:MinimumLevel:Default=Debug", "--Serilog:MinimumLevel:Override:Microsoft=Information");

        Assert.Equal(1, exit);
        Assert.Contains("already in use", OneLine(error), StringComparison.Ordinal);
        Assert.Contains("The site could not start", output, StringComparison.Ordinal);
        Assert.Contains("AddressInUseException", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_is_one_line_naming_it()
    {
        // Under a regular file no folder can be made, whoever runs the tests (root ignores permission bits).
        var file = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "");
        var store = Path.Combine(file, "data", "atlas.db");

        var (exit, output, error) = await AppProcess.RunAsync(StoreAt(store), Timeout, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        var line = OneLine(error);
        Assert.StartsWith($"DemandAtlas cannot start: Cannot create or write the store {store}", line, StringComparison.Ordinal);
        Assert.Contains("write access to", line, StringComparison.Ordinal);
        AssertNoStackTrace(output, error);
    }

    [Fact]
    public async Task A_store_from_a_newer_version_is_refused_by_the_site_and_by_a_verb()
    {
        await using (var database = await TestDatabase.CreateAsync())
        {
            await using (var db = database.Open())
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '99.0.0')");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(database.Path, Store);
        }

        var (exit, output, error) = await AppProcess.RunAsync(StoreAt(Store), Timeout, "--urls", "http://127.0.0.1:0");
        var (verbExit, _, verbError) = await AppProcess.RunAsync(StoreAt(Store), Timeout, "export");

        Assert.Equal(1, exit);
        var line = OneLine(error);
        Assert.Contains("written by a newer version of DemandAtlas", line, StringComparison.Ordinal);
        Assert.Contains("29990101000000_FromTheFuture", line, StringComparison.Ordinal);
        AssertNoStackTrace(output, error);
        Assert.Equal(1, verbExit);
        Assert.Contains("newer version", OneLine(verbError), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=atlas.db;Frobnicate=yes")]
    [InlineData("this is not a connection string")]
    [InlineData("Data Source=")]
    public async Task A_malformed_connection_string_is_one_line_that_does_not_echo_it(string connectionString)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Atlas"] = connectionString };

        var (exit, output, error) = await AppProcess.RunAsync(environment, Timeout, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        var line = OneLine(error);
        Assert.StartsWith("DemandAtlas cannot start: The connection string ConnectionStrings:Atlas is malformed", line, StringComparison.Ordinal);
        Assert.Contains("Data Source=/path/to/demandatlas.db", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not a connection string", line, StringComparison.Ordinal);
        AssertNoStackTrace(output, error);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
