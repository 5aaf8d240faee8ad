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

/// <summary>
/// Everything a public profile shows, one small projected query per part (no cartesian joins). The queries are
/// compiled once: at 30,000 profiles almost every profile request misses the output cache, and translating ten
/// LINQ queries per request (parameter extraction, the query cache's key) was about a fifth of its CPU.
/// </summary>
public static class ProfileQueries
{
    public static async Task<Profile?> LoadAsync(AtlasDb db, string slug, CancellationToken ct)
    {
        var q = CompiledQueries.For<Queries>(db);
        // One connection for the ten queries: left to EF, each would take one from the pool and return it, and
        // under load those pool locks were contended.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (await q.HeaderOf(db, slug, ct) is not { } header)
            {
                return null;
            }

            var id = header.Id;
            var claims = await q.ClaimsOf(db, id).ToListAsync(ct);
            var operations = await db.WithDetailsAsync(await q.OperationsOf(db, id).ToListAsync(ct), ct);
            var partners = await q.PartnersOf(db, id).ToListAsync(ct);
            var sources = await LoadSourcesAsync(db, q, id, ct);
            var neighbours = await q.NeighboursOf(db, id).ToListAsync(ct);
            return new Profile(header, claims, operations, partners, sources, neighbours);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A profile's sources with their tactics and items: three indexed queries stitched here. A single EF
    /// projection of both collections becomes LEFT JOINs on derived tables that SQLite materialises from the
    /// whole SourceTactics table on every request. Which sources are shown is decided once, by the first; the
    /// others take its ids (asking the rule again in each cost SQLite more to plan than to run).
    /// </summary>
    private static async Task<IReadOnlyList<SourceView>> LoadSourcesAsync(AtlasDb db, Queries q, int jurisdictionId, CancellationToken ct)
    {
        var sources = await q.SourcesOf(db, jurisdictionId).ToListAsync(ct);
        if (sources.Count == 0)
        {
            return [];
        }

        var ids = sources.Select(s => s.Id).ToArray();
        var tactics = (await q.SourceTacticsOf(db, ids).ToListAsync(ct)).ToLookup(t => t.SourceId, t => t.Tactic);
        var items = (await q.SourceItemsOf(db, ids).ToListAsync(ct)).ToLookup(i => i.SourceId, i => i.Item);
        return [.. sources.Select(s => new SourceView(s.Category, [.. tactics[s.Id]], [.. items[s.Id]]))];
    }

    private sealed record SourceHead(int Id, string Category);

    private sealed record SourceTacticOf(int SourceId, TacticRef Tactic);

    private sealed record SourceItemOf(int SourceId, SourceItemView Item);

    /// <summary>The profile's queries, compiled once per model (see <see cref="CompiledQueries"/>).</summary>
    private sealed class Queries
    {
        public readonly Func<AtlasDb, string, CancellationToken, Task<ProfileHeader?>> HeaderOf = EF.CompileAsyncQuery(
            (AtlasDb db, string slug, CancellationToken ct) => db.Jurisdictions.AsNoTracking()
                .Where(Visibility.PublicJurisdiction)
                .Where(j => j.Slug == slug)
                .Select(j => new ProfileHeader(j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population,
                    j.Latitude, j.Longitude, j.NarrativeHtml, j.SourceFile, j.UpdatedAt, j.ImportedAt))
                .FirstOrDefault());

        public readonly Func<AtlasDb, int, IAsyncEnumerable<ClaimView>> ClaimsOf = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.Claims.AsNoTracking()
                .Where(Visibility.PublicClaim)
                .Where(c => c.JurisdictionId == id)
                .OrderBy(c => c.Tactic.SortOrder)
                .Select(c => new ClaimView(
                    new TacticRef(c.Tactic.Id, c.Tactic.Slug, c.Tactic.Name),
                    c.Status,
                    c.Strength,
                    c.Evidence.OrderBy(e => e.Line).ThenBy(e => e.Id).Select(e => new EvidenceView(e.Kind, e.Text, e.Line)).ToList())));

        public readonly Func<AtlasDb, int, IAsyncEnumerable<OperationRow>> OperationsOf = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.Operations.AsNoTracking()
                .Where(Visibility.PublicOperation)
                .Where(o => o.JurisdictionId == id)
                .OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.Day).ThenBy(o => o.Id)
                .Select(OperationQueries.Row));

        public readonly Func<AtlasDb, int, IAsyncEnumerable<PartnerView>> PartnersOf = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.JurisdictionPartners.AsNoTracking()
                .Where(p => p.JurisdictionId == id)
                .OrderBy(p => p.SortOrder)
                .Select(p => new PartnerView(p.Partner.Slug, p.Partner.Name, p.Partner.Parent == null ? null : p.Partner.Parent.Slug, p.Partner.Parent == null ? null : p.Partner.Parent.Name)));

        public readonly Func<AtlasDb, int, IAsyncEnumerable<NeighbourView>> NeighboursOf = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.RelatedJurisdictions.AsNoTracking()
                .Where(r => r.JurisdictionId == id)
                .OrderBy(r => r.SortOrder)
                .Select(r => new NeighbourView(
                    r.Name,
                    db.Jurisdictions.Where(Visibility.PublicJurisdiction).Where(m => m.Id == r.MatchedJurisdictionId).Select(m => m.Slug).FirstOrDefault())));

        public readonly Func<AtlasDb, int, IAsyncEnumerable<SourceHead>> SourcesOf = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.Sources.AsNoTracking()
                .Where(s => s.JurisdictionId == id)
                .Where(Visibility.PublicSource)
                .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                .Select(s => new SourceHead(s.Id, s.Category)));

        /// <summary>The shown tactics of these (shown) sources.</summary>
        public readonly Func<AtlasDb, int[], IAsyncEnumerable<SourceTacticOf>> SourceTacticsOf = EF.CompileAsyncQuery(
            (AtlasDb db, int[] sourceIds) => db.SourceTactics.AsNoTracking()
                .Where(t => sourceIds.Contains(t.SourceId))
                .Where(Visibility.PublicSourceTactic)
                .OrderBy(t => t.Tactic.SortOrder)
                .Select(t => new SourceTacticOf(t.SourceId, new TacticRef(t.Tactic.Id, t.Tactic.Slug, t.Tactic.Name))));

        public readonly Func<AtlasDb, int[], IAsyncEnumerable<SourceItemOf>> SourceItemsOf = EF.CompileAsyncQuery(
            (AtlasDb db, int[] sourceIds) => db.SourceItems.AsNoTracking()
                .Where(i => sourceIds.Contains(i.SourceId))
                .OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
                .Select(i => new SourceItemOf(i.SourceId, new SourceItemView(i.Title, i.Outlet, i.Date, i.Url))));
    }

    /// <summary>Only web links are rendered as links; anything else (javascript:, data:) is shown as text.</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
