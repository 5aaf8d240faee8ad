using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Jurisdictions;

public sealed record ProfileHeader(
    int Id,
    string Slug,
    string Name,
    string StateCode,
    string StateName,
    JurisdictionType? Type,
    string? County,
    int? Population,
    double? Latitude,
    double? Longitude,
    string NarrativeHtml,
    string? SourceFile,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ImportedAt);

public sealed record EvidenceView(EvidenceKind Kind, string Text, int? Line);

public sealed record ClaimView(TacticRef Tactic, ClaimStatus Status, EvidenceStrength? Strength, IReadOnlyList<EvidenceView> Evidence);

public sealed record PartnerView(string Slug, string Name, string? ParentSlug, string? ParentName);

public sealed record SourceItemView(string? Title, string? Outlet, string? Date, string? Url);

public sealed record SourceView(string Category, IReadOnlyList<TacticRef> Tactics, IReadOnlyList<SourceItemView> Items);

/// <summary>A neighbour named in the narrative; Slug is set only when it has a public profile.</summary>
public sealed record NeighbourView(string Name, string? Slug);

public sealed record Profile(
    ProfileHeader Header,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<OperationRow> Operations,
    IReadOnlyList<PartnerView> Partners,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<NeighbourView> Neighbours);

/// <summary>Everything a public profile shows, one small projected query per part (no cartesian joins).</summary>
public static class ProfileQueries
{
    public static async Task<Profile?> LoadAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        var header = await db.PublicJurisdictions.AsNoTracking()
            .Where(j => j.Slug == slug)
            .Select(j => new ProfileHeader(j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population,
                j.Latitude, j.Longitude, j.NarrativeHtml, j.SourceFile, j.UpdatedAt, j.ImportedAt))
            .FirstOrDefaultAsync(ct);
        if (header is null)
        {
            return null;
        }

        var id = header.Id;
        var claims = await db.Claims.AsNoTracking()
            .Where(Visibility.PublicClaim)
            .Where(c => c.JurisdictionId == id)
            .OrderBy(c => c.Tactic.SortOrder)
            .Select(c => new ClaimView(
                new TacticRef(c.Tactic.Id, c.Tactic.Slug, c.Tactic.Name),
                c.Status,
                c.Strength,
                c.Evidence.OrderBy(e => e.Line).ThenBy(e => e.Id).Select(e => new EvidenceView(e.Kind, e.Text, e.Line)).ToList()))
            .ToListAsync(ct);
        var operations = await db.PublicOperations.AsNoTracking()
            .Where(o => o.JurisdictionId == id)
            .OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.Day).ThenBy(o => o.Id)
            .ToRowsAsync(db, ct);
        var partners = await db.JurisdictionPartners.AsNoTracking()
            .Where(p => p.JurisdictionId == id)
            .OrderBy(p => p.SortOrder)
            .Select(p => new PartnerView(p.Partner.Slug, p.Partner.Name, p.Partner.Parent == null ? null : p.Partner.Parent.Slug, p.Partner.Parent == null ? null : p.Partner.Parent.Name))
            .ToListAsync(ct);
        var sources = await LoadSourcesAsync(db, id, ct);
        var neighbours = await db.RelatedJurisdictions.AsNoTracking()
            .Where(r => r.JurisdictionId == id)
            .OrderBy(r => r.SortOrder)
            .Select(r => new NeighbourView(
                r.Name,
                db.PublicJurisdictions.Where(m => m.Id == r.MatchedJurisdictionId).Select(m => m.Slug).FirstOrDefault()))
            .ToListAsync(ct);
        return new Profile(header, claims, operations, partners, sources, neighbours);
    }

    /// <summary>
    /// A profile's sources with their tactics and items: three indexed queries stitched here. A single EF
    /// projection of both collections becomes LEFT JOINs on derived tables that SQLite materialises from the
    /// whole SourceTactics table on every request.
    /// </summary>
    private static async Task<IReadOnlyList<SourceView>> LoadSourcesAsync(AtlasDb db, int jurisdictionId, CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking()
            .Where(s => s.JurisdictionId == jurisdictionId)
            .Where(Visibility.PublicSource)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Category })
            .ToListAsync(ct);
        if (sources.Count == 0)
        {
            return [];
        }

        var ids = sources.Select(s => s.Id).ToArray();
        var tactics = (await db.SourceTactics.AsNoTracking()
            .Where(t => ids.Contains(t.SourceId))
            .Where(Visibility.PublicSourceTactic)
            .Select(t => new { t.SourceId, t.Tactic.SortOrder, Tactic = new TacticRef(t.Tactic.Id, t.Tactic.Slug, t.Tactic.Name) })
            .ToListAsync(ct))
            .OrderBy(t => t.SortOrder)
            .ToLookup(t => t.SourceId, t => t.Tactic);
        var items = (await db.SourceItems.AsNoTracking()
            .Where(i => ids.Contains(i.SourceId))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.SourceId, Item = new SourceItemView(i.Title, i.Outlet, i.Date, i.Url) })
            .ToListAsync(ct))
            .ToLookup(i => i.SourceId, i => i.Item);
        return [.. sources.Select(s => new SourceView(s.Category, [.. tactics[s.Id]], [.. items[s.Id]]))];
    }

    /// <summary>Only web links are rendered as links; anything else (javascript:, data:) is shown as text.</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
