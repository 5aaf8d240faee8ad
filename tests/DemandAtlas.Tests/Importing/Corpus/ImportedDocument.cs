using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Importing.Corpus;

/// <summary>A claim as the store holds it; public means what <see cref="Visibility"/> lets the public see.</summary>
public sealed record ImportedClaim(string Slug, ClaimStatus Status, bool IsPublic, IReadOnlyList<EvidenceKind> Kinds);

/// <summary>What the importer stored for one document, read back through EF (not from the parser's output).</summary>
public sealed record ImportedDocument(
    string File,
    bool Failed,
    string? State,
    string? Type,
    int? Population,
    (double Latitude, double Longitude)? Location,
    IReadOnlyList<ImportedClaim> Claims,
    IReadOnlyList<ExpectedOperation> Operations,
    IReadOnlyList<ExpectedPartner> Partners,
    IReadOnlyList<ExpectedSource> Sources)
{
    public static ImportedDocument FailedDocument(string file) => new(file, true, null, null, null, null, [], [], [], []);

    public static async Task<ImportedDocument> ReadAsync(AtlasDb db, string file, string slug)
    {
        var j = await db.Jurisdictions.AsNoTracking()
            .Include(x => x.Claims).ThenInclude(c => c.Tactic)
            .Include(x => x.Claims).ThenInclude(c => c.Evidence)
            .Include(x => x.Operations)
            .Include(x => x.Partners).ThenInclude(p => p.Partner).ThenInclude(p => p.Parent)
            .Include(x => x.Sources).ThenInclude(s => s.Tactics).ThenInclude(t => t.Tactic)
            .Include(x => x.Sources).ThenInclude(s => s.Items)
            .AsSplitQuery()
            .SingleAsync(x => x.Slug == slug);
        return new ImportedDocument(
            file,
            false,
            j.StateCode,
            j.Type?.ToString(),
            j.Population,
            // The footer's Location line is what the facts record; a gazetteer position is not the document's.
            j.CoordinateSource == CoordinateSource.Document && j.Latitude is { } lat && j.Longitude is { } lon ? (lat, lon) : null,
            [.. j.Claims.Select(c => new ImportedClaim(c.Tactic.Slug, c.Status, Visibility.IsPublicClaim(c), [.. c.Evidence.Select(e => e.Kind)]))],
            [.. j.Operations.OrderBy(o => o.Id).Select(o => new ExpectedOperation(o.Year, o.Month, o.Arrests))],
            [.. j.Partners.OrderBy(p => p.SortOrder).Select(p => new ExpectedPartner(p.Partner.Name, p.Partner.Parent?.Name))],
            [.. j.Sources.OrderBy(s => s.SortOrder).Select(s => new ExpectedSource(
                s.Category, s.Tactics.Select(t => t.Tactic.Slug).ToHashSet(StringComparer.Ordinal), s.Items.Count))]);
    }
}
