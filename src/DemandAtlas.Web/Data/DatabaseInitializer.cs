using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

/// <summary>Brings the store up to date before the site serves its first request.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Store ready at {DataSource}", db.Database.GetDbConnection().DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
