using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DemandAtlas.Synthetic;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Data.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace DemandAtlas.Tests.CommandLine;

public sealed partial class BackupRestoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("demandatlas-backup-").FullName;

    private string PathOf(string name) => Path.Combine(folder, name);

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit;
        using (VerbOutput.Redirect(output, error))
        {
            exit = await Verbs.RunAsync(args);
        }

        return (exit, output.ToString(), error.ToString());
    }

    private string WriteSynthetic(string name, int first, int count, int total)
    {
        var documents = Directory.CreateDirectory(PathOf(name)).FullName;
        for (var n = first; n < first + count; n++)
        {
            var document = SyntheticProfiles.Generate(n, total, seed: 3);
            File.WriteAllBytes(Path.Combine(documents, document.FileName), document.ToBytes());
        }

        return documents;
    }

    private static int Jurisdictions(string backupOutput) =>
        int.Parse(JurisdictionCount().Match(backupOutput).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_backup_taken_while_another_process_imports_passes_integrity_check_and_its_restore_serves_the_site()
    {
        var store = PathOf("live.db");
        Assert.Equal(0, (await RunAsync("import", WriteSynthetic("first", 1, 20, 3020), "--db", store)).Exit);
        var more = WriteSynthetic("more", 21, 3000, 3020);

        // Another process imports 3,000 more profiles into the same store while backups are taken, one after another.
        using var import = Process.Start(AppProcess.StartInfo(new Dictionary<string, string>(), "import", more, "--db", store))!;
        var importOutput = import.StandardOutput.ReadToEndAsync();
        var importError = import.StandardError.ReadToEndAsync();
        var midImport = new List<int>();
        var seen = new List<string>();
        var mid = PathOf("mid-import.db");
        var clock = Stopwatch.StartNew();
        while (!import.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var file = PathOf("backup.db");
            var (exit, output, error) = await RunAsync("backup", "--out", file, "--db", store);
            Assert.True(exit == 0, $"backup exited {exit}: {error}");
            Assert.Contains("integrity_check ok", output, StringComparison.Ordinal);
            Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(file, CancellationToken.None));
            var jurisdictions = Jurisdictions(output);
            seen.Add(jurisdictions.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!import.HasExited && jurisdictions is > 20 and < 3020)
            {
                midImport.Add(jurisdictions);
                File.Move(file, mid, overwrite: true);
            }

            await Task.Delay(100);
        }

        await import.WaitForExitAsync();
        Assert.True(import.ExitCode == 0, $"the import exited {import.ExitCode}: {await importError}");
        Assert.Contains("3000 created, 0 updated, 0 unchanged, 0 skipped, 0 failed;", (await importOutput).Trim().Split('\n')[^1], StringComparison.Ordinal);
        Assert.True(midImport.Count > 0, $"no backup was taken while the import was under way; jurisdictions seen: {string.Join(", ", seen.Distinct())}");

        // The last backup taken mid-import, restored into a new store, is a working site with exactly what it held.
        var (backup, count) = (mid, midImport[^1]);
        var target = PathOf("restored.db");
        var (restoreExit, restoreOutput, restoreError) = await RunAsync("restore", backup, "--db", target);
        Assert.True(restoreExit == 0, restoreError);
        Assert.Contains($"restore: {count} jurisdictions", restoreOutput, StringComparison.Ordinal);

        await using var site = new StoreFactory(target);
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/jurisdictions?pageSize=1", UriKind.Relative)));
        Assert.Equal(count, list.RootElement.GetProperty("total").GetInt32());
        var slug = list.RootElement.GetProperty("items")[0].GetProperty("slug").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/jurisdictions/{slug}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Restore_refuses_a_store_a_running_site_is_using_and_works_once_it_has_stopped()
    {
        var source = PathOf("source.db");
        await RunAsync("import", WriteSynthetic("docs", 1, 5, 5), "--db", source);
        await RunAsync("backup", "--out", PathOf("b.db"), "--db", source);
        var target = PathOf("served.db");

        await using (var site = new StoreFactory(target))
        {
            _ = site.Server;
            var (exit, _, error) = await RunAsync("restore", PathOf("b.db"), "--db", target, "--force");

            Assert.Equal(1, exit);
            Assert.Equal($"restore: {target} is in use by a running site or verb (they hold {target}-lock); stop it, then restore.", error.Trim());
        }

        Assert.Equal(0, (await RunAsync("restore", PathOf("b.db"), "--db", target, "--force")).Exit);
    }

    [Fact]
    public async Task Restore_into_a_store_that_holds_data_needs_force_and_then_replaces_it_whole()
    {
        var source = PathOf("source.db");
        var target = PathOf("target.db");
        await RunAsync("import", WriteSynthetic("three", 1, 3, 9), "--db", source);
        await RunAsync("import", WriteSynthetic("six", 4, 6, 9), "--db", target);
        await RunAsync("backup", "--out", PathOf("three.db"), "--db", source);

        var (refused, _, error) = await RunAsync("restore", PathOf("three.db"), "--db", target);
        var (_, before, _) = await RunAsync("backup", "--out", PathOf("check.db"), "--db", target);
        var (forced, output, _) = await RunAsync("restore", PathOf("three.db"), "--db", target, "--force");

        Assert.Equal(1, refused);
        Assert.StartsWith($"restore: {target} already holds a store; add --force", error, StringComparison.Ordinal);
        Assert.Equal(6, Jurisdictions(before));
        Assert.Equal(0, forced);
        Assert.Contains("restore: 3 jurisdictions", output, StringComparison.Ordinal);
        Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(target, CancellationToken.None));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_store_and_backup_a_store_that_does_not_exist()
    {
        await File.WriteAllTextAsync(PathOf("notes.db"), "these are not the pages of a database, only text that is long enough to look like one");

        var (restore, _, restoreError) = await RunAsync("restore", PathOf("notes.db"), "--db", PathOf("t.db"));
        var (backup, _, backupError) = await RunAsync("backup", "--out", PathOf("b.db"), "--db", PathOf("missing.db"));

        Assert.Equal(1, restore);
        Assert.Contains("is not a DemandAtlas store", restoreError, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("t.db")) && new FileInfo(PathOf("t.db")).Length > 0);
        Assert.Equal(1, backup);
        Assert.StartsWith($"backup: there is no store at {PathOf("missing.db")}", backupError, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("missing.db")), "backup created the store it was asked to copy");
        Assert.False(File.Exists(PathOf("b.db")));
    }

    [GeneratedRegex(@": (\d+) jurisdictions,")]
    private static partial Regex JurisdictionCount();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The app on an existing store of the test's choosing (TestServer), seeds off.</summary>
internal sealed class StoreFactory(string database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataServices.ConnectionName}"] = $"Data Source={database}",
            ["DemandAtlas:ImportSeedsOnStart"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }));
    }
}
