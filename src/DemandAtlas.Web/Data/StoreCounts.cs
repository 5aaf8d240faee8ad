using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Data;

/// <summary>How much a store holds: what `backup` and `restore` report, so a copy can be checked at a glance.</summary>
public sealed record StoreCounts(int Jurisdictions, int Claims, int Operations, int Partners, int Revisions, int Users, int AuditEntries)
{
    public static async Task<StoreCounts> ReadAsync(AtlasDb db, CancellationToken cancellationToken) => new(
        await db.Jurisdictions.CountAsync(cancellationToken),
        await db.Claims.CountAsync(cancellationToken),
        await db.Operations.CountAsync(cancellationToken),
        await db.Partners.CountAsync(cancellationToken),
        await db.Revisions.CountAsync(cancellationToken),
        await db.Users.CountAsync(cancellationToken),
        await db.AuditLog.CountAsync(cancellationToken));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Jurisdictions} jurisdictions, {Claims} claims, {Operations} operations, {Partners} partners, {Revisions} revisions, {Users} users, {AuditEntries} audit entries");
}
