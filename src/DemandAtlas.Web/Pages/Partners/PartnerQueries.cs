using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Partners;

public sealed record PartnerPage(
    string Slug,
    string Name,
    PartnerRef? Parent,
    IReadOnlyList<PartnerRef> SubUnits,
    IReadOnlyList<JurisdictionRow> Jurisdictions,
    IReadOnlyList<OperationRow> Operations);

/// <summary>
/// A public agency (<see cref="AtlasDb.PublicPartners"/>) with what it joined; only public jurisdictions, units and
/// non-confidential operations are listed.
/// </summary>
public static class PartnerQueries
{
    public static async Task<PartnerPage?> LoadAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        var partner = await db.PublicPartners.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                Parent = p.Parent == null ? null : new PartnerRef(p.Parent.Slug, p.Parent.Name),
                SubUnits = p.SubUnits.Where(s => db.PublicPartners.Any(u => u.Id == s.Id)).OrderBy(s => s.Name).Select(s => new PartnerRef(s.Slug, s.Name)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (partner is null)
        {
            return null;
        }

        // Driven from the partner's link rows (indexed by PartnerId), not by scanning every place or operation.
        var jurisdictions = await db.JurisdictionPartners.AsNoTracking()
            .Where(p => p.PartnerId == partner.Id)
            .Select(p => p.Jurisdiction)
            .Where(Visibility.PublicJurisdiction)
            .SortBy(JurisdictionSort.Name)
            .ToRowsAsync(db, ct);
        var joined = db.OperationPartners.Where(p => p.PartnerId == partner.Id).Select(p => p.OperationId);
        var operations = await db.PublicOperations.AsNoTracking()
            .Where(o => joined.Contains(o.Id))
            .NewestFirst()
            .ToRowsAsync(db, ct);
        return new PartnerPage(partner.Slug, partner.Name, partner.Parent, partner.SubUnits, jurisdictions, operations);
    }
}
