using DemandAtlas.Web.CommandLine;

namespace DemandAtlas.Tests.CommandLine;

/// <summary>Runs a verb in-process against its own temp store and captures what it prints.</summary>
internal sealed class VerbRunner : IDisposable
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"demandatlas-verb-{Guid.NewGuid():N}.db");

    public string Folder { get; } = Directory.CreateTempSubdirectory("demandatlas-verb-").FullName;

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit;
        using (VerbOutput.Redirect(output, error))
        {
            exit = await Verbs.RunAsync([.. args, "--db", DatabasePath]);
        }

        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-lock" })
        {
            File.Delete(DatabasePath + suffix);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
