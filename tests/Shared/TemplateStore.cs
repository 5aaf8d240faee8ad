using System.Security.Cryptography;
using System.Text;
using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DemandAtlas.Testing;

/// <summary>
/// One migrated store per test run, copied for every test store: migrating a fresh SQLite file costs far more than
/// copying one (the migrations build every table, index and trigger), and the suite makes a store per class or test.
/// </summary>
/// <remarks>
/// The template lives in the temp folder under a name hashed from the SQL the migrations run (and the EF version that
/// runs it), so a new or edited migration makes a new template and a stale one is never copied. It is migrated by the
/// app's own <see cref="DataServices.MigrateAsync"/> (WAL mode included), checkpointed and closed before it is moved
/// into place, so the file alone is the whole store and a copy needs nothing more: the app's start-up migration finds
/// every migration applied. Parallel test processes may race to make it; the rename decides, both copies are equal.
/// </remarks>
public static class TemplateStore
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many migrations this process ran to make the template (0 when an earlier run had made it).</summary>
    public static int MigrationsRun { get; private set; }

    /// <summary>The template's file (made on first use).</summary>
    public static string Path => Template.Value;

    /// <summary>A migrated store at <paramref name="path"/>, which must not exist yet.</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value, path);

    private static string Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"demandatlas-template-{Identity()}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var scratch = $"{path}.{Guid.NewGuid():N}.tmp";
        // Off the caller's synchronization context: the factory asks for a store from synchronous host set-up.
        MigrationsRun = Task.Run(() => MigrateAsync(scratch)).GetAwaiter().GetResult();
        try
        {
            File.Move(scratch, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(scratch);
        }

        return path;
    }

    private static async Task<int> MigrateAsync(string path)
    {
        // No pooling, so closing the last connection really closes the file (and SQLite removes the -wal and -shm).
        await using var db = Open($"Data Source={path};Pooling=False");
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        await DataServices.MigrateAsync(db);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await db.Database.CloseConnectionAsync();
        return pending;
    }

    /// <summary>A hash of the full migration script: it changes whenever a migration is added or edited.</summary>
    private static string Identity()
    {
        using var db = Open("Data Source=:memory:");
        var script = db.GetService<IMigrator>().GenerateScript();
        var version = typeof(DbContext).Assembly.GetName().Version;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{version}\n{script}")))[..16];
    }

    private static AtlasDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<AtlasDb>().UseSqlite(connectionString).Options);
}
