using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>Healthy when the store answers a real query, not merely when the file exists.</summary>
public sealed class DatabaseHealthCheck(AtlasDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var tactics = await db.Tactics.AsNoTracking().CountAsync(cancellationToken);
            return tactics > 0
                ? HealthCheckResult.Healthy("The store answers queries.")
                : HealthCheckResult.Degraded("The store has no tactics; migrations may not have run.");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The store did not answer.", ex);
        }
    }
}
