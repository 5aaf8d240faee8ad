using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

/// <summary>
/// Brings the store up to date before the site serves its first request and, on a store with no jurisdictions
/// yet, imports the seed documents (`DemandAtlas:SeedsPath`, default `seeds/`) so a fresh clone shows data.
/// Set `DemandAtlas:ImportSeedsOnStart` to false to start empty. Synthetic documents are never imported here.
/// While the site runs it holds the store's shared <see cref="StoreLock"/>, so `restore` refuses to replace it.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, ILogger<DatabaseInitializer> logger) : IHostedService, IDisposable
{
    private StoreLock? storeLock;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        storeLock ??= DataServices.LockShared(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Store ready at {DataSource}", db.Database.GetDbConnection().DataSource);

        if (!configuration.GetValue("DemandAtlas:ImportSeedsOnStart", true) || await db.Jurisdictions.AnyAsync(cancellationToken))
        {
            return;
        }

        var seeds = Path.Combine(AtlasPaths.Root(environment.ContentRootPath), configuration["DemandAtlas:SeedsPath"] ?? "seeds");
        if (!Directory.Exists(seeds))
        {
            logger.LogWarning("The store is empty and the seeds folder {SeedsPath} does not exist", seeds);
            return;
        }

        var files = ImportSources.Expand([seeds], skipSynthetic: true, out _);
        using var importer = new ProfileImporter(db, db.Clock);
        await importer.PrepareConnectionAsync(cancellationToken);
        var (results, summary) = await importer.ImportFilesAsync(files, null, cancellationToken);
        foreach (var failed in results.Where(r => r.Status is ImportStatus.Failed or ImportStatus.Skipped))
        {
            logger.LogWarning("Seed {File} was {Status}: {Reason}", failed.File, failed.Status, failed.Errors.Count > 0 ? failed.Errors[0].Message : null);
        }

        logger.LogInformation(
            "Imported seeds from {SeedsPath}: {Documents} documents, {Created} created, {Failed} failed, {Warnings} warnings in {Seconds} s",
            seeds, summary.Documents, summary.Created, summary.Failed, summary.Warnings, summary.Seconds);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        storeLock?.Dispose();
        storeLock = null;
    }
}
