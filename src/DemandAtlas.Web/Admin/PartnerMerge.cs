using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Admin;

/// <summary>
/// Folds a duplicate partner into another: every jurisdiction, operation and sub-unit reference moves,
/// links both partners already had collapse into one, and the duplicate is removed, in one transaction.
/// </summary>
public static class PartnerMerge
{
    public sealed record Result(int Jurisdictions, int Operations, int SubUnits);

    public static async Task<Result?> MergeAsync(AtlasDb db, int duplicateId, int survivorId, CancellationToken cancellationToken)
    {
        if (duplicateId == survivorId)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var duplicate = await db.Partners.FirstOrDefaultAsync(p => p.Id == duplicateId, cancellationToken);
        var survivor = await db.Partners.FirstOrDefaultAsync(p => p.Id == survivorId, cancellationToken);
        if (duplicate is null || survivor is null)
        {
            return null;
        }

        // Jurisdictions whose partner lists change get a new Version, so a form opened before the merge cannot bring the duplicate back.
        var affected = await db.JurisdictionPartners.Where(p => p.PartnerId == duplicateId).Select(p => p.JurisdictionId)
            .Union(db.OperationPartners.Where(p => p.PartnerId == duplicateId).Select(p => p.Operation.JurisdictionId))
            .ToListAsync(cancellationToken);

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM JurisdictionPartners WHERE PartnerId = {duplicateId}
              AND JurisdictionId IN (SELECT JurisdictionId FROM JurisdictionPartners WHERE PartnerId = {survivorId})
            """, cancellationToken);
        var jurisdictions = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE JurisdictionPartners SET PartnerId = {survivorId} WHERE PartnerId = {duplicateId}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM OperationPartners WHERE PartnerId = {duplicateId}
              AND OperationId IN (SELECT OperationId FROM OperationPartners WHERE PartnerId = {survivorId})
            """, cancellationToken);
        var operations = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE OperationPartners SET PartnerId = {survivorId} WHERE PartnerId = {duplicateId}", cancellationToken);

        // A survivor that was a sub-unit of the duplicate takes the duplicate's place in the tree.
        if (survivor.ParentId == duplicateId)
        {
            survivor.ParentId = duplicate.ParentId;
            await db.SaveChangesAsync(cancellationToken);
        }

        var subUnits = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Partners SET ParentId = {survivorId} WHERE ParentId = {duplicateId}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Partners WHERE Id = {duplicateId}", cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await db.Jurisdictions.Where(j => affected.Contains(j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Version, j => j.Version + 1).SetProperty(j => j.UpdatedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Result(jurisdictions, operations, subUnits);
    }
}
