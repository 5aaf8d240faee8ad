using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// Updates a jurisdiction from a changed document inside the importer's transaction, leaving what staff edited
/// standing; the document's rows are written through <see cref="EntitySink"/> (new ones: an <see cref="IJurisdictionSink"/>).
/// </summary>
internal sealed class ImportWriter(AtlasDb db, DateTimeOffset now)
{
    private readonly EntitySink sink = new(db);

    /// <summary>Partners this document added to the store (published to the run's cache after commit).</summary>
    public IReadOnlyList<(string Slug, int Id)> NewPartners => sink.NewPartners;

    public async Task<List<ProfileIssue>> UpdateAsync(int id, JurisdictionRows rows, CancellationToken cancellationToken)
    {
        sink.Begin();
        var jurisdiction = await db.Jurisdictions
            .Include(j => j.Claims).ThenInclude(c => c.Evidence)
            .Include(j => j.Operations)
            .Include(j => j.Partners)
            .Include(j => j.Sources)
            .Include(j => j.RelatedJurisdictions)
            .Include(j => j.ImportWarnings)
            .Include(j => j.EditedFields)
            .AsSplitQuery()
            .FirstAsync(j => j.Id == id, cancellationToken);
        var fields = rows.Fields;

        var warnings = new List<ProfileIssue>(rows.Warnings);
        var merge = new FieldMerge(jurisdiction, fields.SourceFile, warnings);
        merge.Apply("Name", jurisdiction.Name, fields.Name, v => jurisdiction.Name = v);
        merge.Apply("Type", jurisdiction.Type, fields.Type, v => jurisdiction.Type = v);
        merge.Apply("County", jurisdiction.County, fields.County, v => jurisdiction.County = v);
        merge.Apply("Population", jurisdiction.Population, fields.Population, v => jurisdiction.Population = v);
        merge.Apply("Narrative", jurisdiction.NarrativeMarkdown, fields.NarrativeMarkdown, v =>
        {
            jurisdiction.NarrativeMarkdown = v;
            jurisdiction.NarrativeHtml = fields.NarrativeHtml;
        });
        (double?, double?)? current = jurisdiction.CoordinateSource is null ? null : (jurisdiction.Latitude, jurisdiction.Longitude);
        (double?, double?)? incoming = fields.CoordinateSource is null ? null : (fields.Latitude, fields.Longitude);
        // Coordinates a person or the gazetteer set are not cleared by a document that gives none.
        if (fields.CoordinateSource is not null || jurisdiction.CoordinateSource == CoordinateSource.Document)
        {
            merge.Apply("Location", current, incoming, v =>
            {
                jurisdiction.Latitude = v?.Item1;
                jurisdiction.Longitude = v?.Item2;
                jurisdiction.CoordinateSource = v is null ? null : fields.CoordinateSource;
            });
        }

        merge.Apply("StateCode", jurisdiction.StateCode, fields.StateCode, v => jurisdiction.StateCode = v);
        merge.Apply("StateName", jurisdiction.StateName, fields.StateName, v => jurisdiction.StateName = v);
        var kept = new StaffLists(
            Operations: merge.KeepsStaffList("Operations", "operations"),
            Partners: merge.KeepsStaffList("Partners", "partners"),
            Sources: merge.KeepsStaffList("Sources", "sources"),
            Neighbours: merge.KeepsStaffList("RelatedJurisdictions", "neighbour mentions"));

        // Imported content is replaced; staff decisions (rejections, confirmations, editor evidence) stay.
        foreach (var claim in jurisdiction.Claims)
        {
            claim.Evidence.RemoveAll(e => e.Kind != EvidenceKind.Editor);
        }

        jurisdiction.Claims.RemoveAll(c => c.Evidence.Count == 0 && c.Status is ClaimStatus.Inferred or ClaimStatus.Pending);
        if (!kept.Operations)
        {
            jurisdiction.Operations.Clear();
        }

        if (!kept.Partners)
        {
            jurisdiction.Partners.Clear();
        }

        if (!kept.Sources)
        {
            jurisdiction.Sources.Clear();
        }

        if (!kept.Neighbours)
        {
            jurisdiction.RelatedJurisdictions.Clear();
        }

        jurisdiction.ImportWarnings.Clear();
        jurisdiction.Version++;
        // Deletes go first: the new rows may reuse keys (the same partner, for one) of the ones they replace.
        await db.SaveChangesAsync(cancellationToken);
        AddContent(jurisdiction, rows, warnings, kept);
        await db.SaveChangesAsync(cancellationToken);
        return warnings;
    }

    private void AddContent(Jurisdiction jurisdiction, JurisdictionRows rows, List<ProfileIssue> warnings, StaffLists kept)
    {
        jurisdiction.SourceFile = rows.Fields.SourceFile;
        jurisdiction.SourceSha256 = rows.Fields.SourceSha256;
        jurisdiction.HadMenuTacticsBlock = rows.Fields.HadMenuTacticsBlock;
        jurisdiction.UpdatedAt = now;
        jurisdiction.ImportedAt = now;

        EntitySink.AddClaims(jurisdiction, rows.Claims);
        if (!kept.Partners)
        {
            sink.AddPartners(jurisdiction, rows.Partners);
        }

        if (!kept.Operations)
        {
            sink.AddOperations(jurisdiction, rows.Operations);
        }

        if (!kept.Sources)
        {
            sink.AddSources(jurisdiction, rows.Sources);
        }

        if (!kept.Neighbours)
        {
            EntitySink.AddNeighbours(jurisdiction, rows.Neighbours);
            warnings.AddRange(rows.UnmatchedNeighbourWarnings);
        }

        EntitySink.AddWarnings(jurisdiction, warnings, now);
    }
}

/// <summary>Which lists staff edited since the last import, so the importer leaves them standing.</summary>
internal sealed record StaffLists(bool Operations, bool Partners, bool Sources, bool Neighbours);
