using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// Folds a duplicate partner into another: every jurisdiction, operation and sub-unit reference moves,
/// links both partners already had collapse into one, and the duplicate is removed, in one transaction.
/// </summary>
public static class PartnerMerge
{
    public sealed record Result(int Jurisdictions, int Operations, int SubUnits);

    public static async Task<Result?> MergeAsync(AtlasDb db, JurisdictionEditor editor, int duplicateId, int survivorId, string author, CancellationToken cancellationToken)
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

        var affected = await db.JurisdictionPartners.Where(p => p.PartnerId == duplicateId).Select(p => p.JurisdictionId)
            .Union(db.OperationPartners.Where(p => p.PartnerId == duplicateId).Select(p => p.Operation.JurisdictionId))
            .ToListAsync(cancellationToken);
        var slugs = await db.Jurisdictions.Where(j => affected.Contains(j.Id)).Select(j => j.Slug).ToListAsync(cancellationToken);
        var before = new Dictionary<string, System.Text.Json.Nodes.JsonObject>();
        foreach (var slug in slugs)
        {
            before[slug] = JurisdictionSnapshot.Capture((await editor.LoadAsync(slug, cancellationToken))!).ToJson();
        }

        db.ChangeTracker.Clear();
        duplicate = await db.Partners.FirstAsync(p => p.Id == duplicateId, cancellationToken);
        survivor = await db.Partners.FirstAsync(p => p.Id == survivorId, cancellationToken);

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
        // The duplicate's slug, and any merged into it before, now lead to the survivor: a document, an old revision
        // or a link that still names the duplicate reaches the survivor instead of bringing the duplicate back.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE PartnerAliases SET PartnerId = {survivorId} WHERE PartnerId = {duplicateId}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO PartnerAliases (Slug, PartnerId) VALUES ({duplicate.Slug}, {survivorId})
            ON CONFLICT(Slug) DO UPDATE SET PartnerId = excluded.PartnerId
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Partners WHERE Id = {duplicateId}", cancellationToken);

        // Each affected jurisdiction gets a revision and a new Version, so its history shows the merge and a
        // form opened before it cannot bring the duplicate back.
        db.ChangeTracker.Clear();
        var now = db.Clock.GetUtcNow();
        foreach (var slug in slugs)
        {
            var j = (await editor.LoadAsync(slug, cancellationToken))!;
            var changes = FieldChange.Diff(before[slug], JurisdictionSnapshot.Capture(j).ToJson());
            j.Version++;
            j.UpdatedAt = now;
            await editor.AddRevisionAsync(j, changes, author, $"Merged partner {duplicate.Name} into {survivor.Name}", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Result(jurisdictions, operations, subUnits);
    }
}
