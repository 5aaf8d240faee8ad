using System.Runtime.CompilerServices;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Export;

/// <summary>
/// Loads <see cref="JurisdictionDocument"/>s in batches: one query per table per batch, never one per
/// jurisdiction. Only public data, by <see cref="Visibility"/>: published, undeleted jurisdictions; no rejected,
/// pending or confidential claims; no confidential operations; and no tactic a hidden claim covers shows up on an
/// operation or source either (nor a source about hidden tactics only), so a confidential tactic cannot leak
/// through them.
/// </summary>
public static class JurisdictionDocuments
{
    public const int BatchSize = 250;

    public static async Task<JurisdictionDocument?> LoadAsync(AtlasDb db, string slug, CancellationToken cancellationToken)
    {
        var id = await db.PublicJurisdictions.Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        var batch = await LoadBatchAsync(db, [id.Value], cancellationToken);
        return batch.Count == 0 ? null : batch[0];
    }

    /// <summary>Every public jurisdiction ordered by slug, streamed batch by batch so memory stays flat.</summary>
    public static async IAsyncEnumerable<JurisdictionDocument> LoadAllAsync(AtlasDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastSlug = "";
        while (true)
        {
            var ids = await db.PublicJurisdictions.AsNoTracking()
                .Where(j => string.Compare(j.Slug, lastSlug) > 0)
                .OrderBy(j => j.Slug)
                .Select(j => new { j.Id, j.Slug })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                yield break;
            }

            foreach (var document in await LoadBatchAsync(db, [.. ids.Select(i => i.Id)], cancellationToken))
            {
                yield return document;
            }

            lastSlug = ids[^1].Slug;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Documents for the given ids (public ones only), in slug order.</summary>
    public static async Task<List<JurisdictionDocument>> LoadBatchAsync(AtlasDb db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.PublicJurisdictions.AsNoTracking()
            .Where(j => ids.Contains(j.Id))
            .OrderBy(j => j.Slug)
            .Select(j => new
            {
                j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population,
                j.Latitude, j.Longitude, j.NarrativeMarkdown, j.SourceFile, j.SourceSha256, j.UpdatedAt,
            })
            .ToListAsync(cancellationToken);

        var claims = await db.Claims.AsNoTracking()
            .Where(Visibility.PublicClaim)
            .Where(c => ids.Contains(c.JurisdictionId))
            .OrderBy(c => c.Tactic.SortOrder)
            .Select(c => new
            {
                c.JurisdictionId,
                c.Tactic.Slug,
                c.Tactic.Name,
                c.Strength,
                Evidence = c.Evidence.OrderBy(e => e.Id).Select(e => new { e.Kind, e.Text }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var operations = await db.Operations.AsNoTracking()
            .Where(Visibility.PublicOperation)
            .Where(o => ids.Contains(o.JurisdictionId))
            .OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.Day).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.JurisdictionId, o.Year, o.Month, o.Day, o.Arrests, o.Summary,
                Tactics = o.Tactics.AsQueryable().Where(Visibility.PublicOperationTactic).OrderBy(t => t.Tactic.SortOrder).Select(t => t.Tactic.Slug).ToList(),
                Partners = o.Partners.OrderBy(p => p.Partner.Slug).Select(p => p.Partner.Slug).ToList(),
            })
            .ToListAsync(cancellationToken);

        var partners = await db.JurisdictionPartners.AsNoTracking()
            .Where(p => ids.Contains(p.JurisdictionId))
            .OrderBy(p => p.SortOrder)
            .Select(p => new { p.JurisdictionId, p.Partner.Slug, p.Partner.Name, Parent = p.Partner.Parent == null ? null : p.Partner.Parent.Slug })
            .ToListAsync(cancellationToken);

        var sources = await db.Sources.AsNoTracking()
            .Where(Visibility.PublicSource)
            .Where(s => ids.Contains(s.JurisdictionId))
            .OrderBy(s => s.SortOrder)
            .Select(s => new
            {
                s.JurisdictionId, s.Category,
                Tactics = s.Tactics.AsQueryable().Where(Visibility.PublicSourceTactic).OrderBy(t => t.Tactic.SortOrder).Select(t => t.Tactic.Slug).ToList(),
                Items = s.Items.OrderBy(i => i.SortOrder).Select(i => new SourceLink(i.Title, i.Outlet, i.Date, i.Url)).ToList(),
            })
            .ToListAsync(cancellationToken);

        var related = await db.RelatedJurisdictions.AsNoTracking()
            .Where(r => ids.Contains(r.JurisdictionId))
            .OrderBy(r => r.SortOrder)
            .Select(r => new
            {
                r.JurisdictionId, r.Name,
                Slug = db.PublicJurisdictions.Where(m => m.Id == r.MatchedJurisdictionId).Select(m => m.Slug).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var claimsBy = claims.ToLookup(c => c.JurisdictionId);
        var operationsBy = operations.ToLookup(o => o.JurisdictionId);
        var partnersBy = partners.ToLookup(p => p.JurisdictionId);
        var sourcesBy = sources.ToLookup(s => s.JurisdictionId);
        var relatedBy = related.ToLookup(r => r.JurisdictionId);

        return [.. rows.Select(j =>
        {
            return new JurisdictionDocument(
                j.Slug,
                j.Name,
                new StateInfo(j.StateCode, j.StateName),
                j.Type?.ToString(),
                j.County,
                j.Population,
                j.Latitude is double lat && j.Longitude is double lon ? new GeoLocation(lat, lon) : null,
                j.NarrativeMarkdown,
                [.. claimsBy[j.Id].Select(c => new TacticEntry(
                    c.Slug, c.Name, EvidenceStrengths.Name(c.Strength), [.. c.Evidence.Select(e => new EvidenceEntry(EvidenceStrengths.Name(e.Kind), e.Text))]))],
                [.. operationsBy[j.Id].Select(o => new OperationEntry(
                    OperationDate.Format(o.Year, o.Month, o.Day), o.Year, o.Month, o.Day, o.Arrests, o.Summary, o.Tactics, o.Partners))],
                [.. partnersBy[j.Id].Select(p => new PartnerEntry(p.Slug, p.Name, p.Parent))],
                [.. sourcesBy[j.Id].Select(s => new SourceEntry(s.Category, s.Tactics, s.Items))],
                [.. relatedBy[j.Id].Select(r => new RelatedJurisdictionEntry(r.Name, r.Slug))],
                j.SourceFile is null ? null : new SourceDocumentInfo(j.SourceFile, j.SourceSha256),
                j.UpdatedAt);
        })];
    }
}
