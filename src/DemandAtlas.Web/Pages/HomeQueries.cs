using DemandAtlas.Web.Data;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages;

/// <summary>The directory's headline figures; operations and arrests include confidential ones, as all totals do.</summary>
public sealed record DirectoryTotals(int Jurisdictions, int States, int Operations, int Arrests, DateTimeOffset? LastUpdated);

public static class HomeQueries
{
    public static async Task<DirectoryTotals> TotalsAsync(AtlasDb db, CancellationToken ct)
    {
        var places = db.PublicJurisdictions.AsNoTracking();
        var operations = db.CountedOperations.AsNoTracking();
        return new DirectoryTotals(
            await places.CountAsync(ct),
            await places.Select(j => j.StateCode).Distinct().CountAsync(ct),
            await operations.CountAsync(ct),
            await operations.SumAsync(o => o.Arrests ?? 0, ct),
            await places.OrderByDescending(j => j.UpdatedAt).Select(j => (DateTimeOffset?)j.UpdatedAt).FirstOrDefaultAsync(ct));
    }

    public static async Task<IReadOnlyList<OperationRow>> RecentOperationsAsync(AtlasDb db, int count, CancellationToken ct) =>
        await db.PublicOperations.AsNoTracking().NewestFirst().Take(count).ToRowsAsync(db, ct);
}
