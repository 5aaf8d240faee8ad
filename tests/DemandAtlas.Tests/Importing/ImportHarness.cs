using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Importing.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Importing;

/// <summary>A migrated store plus a temp folder of documents, for importer integration tests.</summary>
internal sealed class ImportHarness : IAsyncDisposable
{
    private ImportHarness(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("demandatlas-import-").FullName;

    public static async Task<ImportHarness> CreateAsync() => new(await TestDatabase.CreateAsync());

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<(List<DocumentResult> Results, ImportSummary Summary)> ImportAsync(bool dryRun = false, params string[] files)
    {
        await using var db = Database.Open();
        using var importer = new ProfileImporter(db, TimeProvider.System, dryRun);
        await importer.PrepareConnectionAsync(CancellationToken.None);
        return await importer.ImportFilesAsync(files, null, CancellationToken.None);
    }

    /// <summary>Row counts of every table the importer writes, to prove a run wrote nothing.</summary>
    public async Task<Dictionary<string, int>> CountsAsync()
    {
        await using var db = Database.Open();
        return new Dictionary<string, int>
        {
            ["jurisdictions"] = await db.Jurisdictions.CountAsync(),
            ["claims"] = await db.Claims.CountAsync(),
            ["evidence"] = await db.Evidence.CountAsync(),
            ["operations"] = await db.Operations.CountAsync(),
            ["operationTactics"] = await db.OperationTactics.CountAsync(),
            ["operationPartners"] = await db.OperationPartners.CountAsync(),
            ["partners"] = await db.Partners.CountAsync(),
            ["jurisdictionPartners"] = await db.JurisdictionPartners.CountAsync(),
            ["sources"] = await db.Sources.CountAsync(),
            ["sourceItems"] = await db.SourceItems.CountAsync(),
            ["related"] = await db.RelatedJurisdictions.CountAsync(),
            ["warnings"] = await db.ImportWarnings.CountAsync(),
            ["audit"] = await db.AuditLog.CountAsync(),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
