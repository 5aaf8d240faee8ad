using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>Updates a jurisdiction from a changed document inside the importer's transaction (new ones: <see cref="FastInsert"/>).</summary>
internal sealed class ImportWriter(AtlasDb db, ImportCaches caches, DateTimeOffset now)
{
    private readonly Dictionary<string, Partner> partnersBySlug = new(StringComparer.Ordinal);

    /// <summary>Partners this document added to the store (published to the run's cache after commit).</summary>
    public List<Partner> NewPartners { get; } = [];

    public async Task<List<ProfileIssue>> UpdateAsync(int id, PreparedDocument prepared, CancellationToken cancellationToken)
    {
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
        var profile = prepared.Profile!;
        var sha = prepared.Sha!;

        var warnings = new List<ProfileIssue>(profile.Warnings);
        var merge = new FieldMerge(jurisdiction, profile.File, warnings);
        merge.Apply("Name", jurisdiction.Name, profile.Name, v => jurisdiction.Name = v);
        merge.Apply("Type", jurisdiction.Type, profile.Type, v => jurisdiction.Type = v);
        merge.Apply("County", jurisdiction.County, profile.County, v => jurisdiction.County = v);
        merge.Apply("Population", jurisdiction.Population, profile.Population, v => jurisdiction.Population = v);
        merge.Apply("Narrative", jurisdiction.NarrativeMarkdown, profile.NarrativeMarkdown, v =>
        {
            jurisdiction.NarrativeMarkdown = v;
            jurisdiction.NarrativeHtml = Markdown.ToSafeHtml(v);
        });
        var coordinates = prepared.Coordinates;
        (double?, double?)? current = jurisdiction.CoordinateSource is null ? null : (jurisdiction.Latitude, jurisdiction.Longitude);
        (double?, double?)? incoming = coordinates is { } c ? (c.Latitude, c.Longitude) : null;
        // Coordinates a person or the gazetteer set are not cleared by a document that gives none.
        if (coordinates is not null || jurisdiction.CoordinateSource == CoordinateSource.Document)
        {
            merge.Apply("Location", current, incoming, v =>
            {
                jurisdiction.Latitude = v?.Item1;
                jurisdiction.Longitude = v?.Item2;
                jurisdiction.CoordinateSource = v is null ? null : coordinates?.Source;
            });
        }

        merge.Apply("StateCode", jurisdiction.StateCode, profile.StateCode, v => jurisdiction.StateCode = v);
        merge.Apply("StateName", jurisdiction.StateName, profile.StateName, v => jurisdiction.StateName = v);
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
        await AddContentAsync(jurisdiction, profile, sha, warnings, kept, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return warnings;
    }

    private async Task AddContentAsync(Jurisdiction jurisdiction, ParsedProfile profile, string sha, List<ProfileIssue> warnings, StaffLists kept, CancellationToken cancellationToken)
    {
        jurisdiction.SourceFile = profile.File;
        jurisdiction.SourceSha256 = sha;
        jurisdiction.HadMenuTacticsBlock = profile.HadMenuTacticsBlock;
        jurisdiction.UpdatedAt = now;
        jurisdiction.ImportedAt = now;

        foreach (var group in profile.Tactics.GroupBy(t => t.Slug))
        {
            var tacticId = caches.TacticIds[group.Key];
            var claim = jurisdiction.Claims.FirstOrDefault(c => c.TacticId == tacticId);
            if (claim is null)
            {
                claim = new TacticClaim { TacticId = tacticId, Status = TacticFinding.StatusOf(group) };
                jurisdiction.Claims.Add(claim);
            }
            else if (claim.Status is ClaimStatus.Inferred or ClaimStatus.Pending && claim.Evidence.Count == 0)
            {
                // Neither decided nor backed by staff (only editor evidence is left at this point): the status
                // follows the document's evidence.
                claim.Status = TacticFinding.StatusOf(group);
            }

            foreach (var finding in group.DistinctBy(f => (f.Kind, f.Text)))
            {
                claim.Evidence.Add(new Evidence { Kind = finding.Kind, Text = finding.Text, Line = finding.Line });
            }
        }

        if (!kept.Partners)
        {
            AddPartners(jurisdiction, profile);
        }

        if (!kept.Operations)
        {
            AddOperations(jurisdiction, profile);
        }

        if (!kept.Sources)
        {
            AddSources(jurisdiction, profile);
        }

        if (!kept.Neighbours)
        {
            AddNeighbours(jurisdiction, profile, warnings);
        }

        foreach (var warning in warnings)
        {
            jurisdiction.ImportWarnings.Add(new ImportWarning
            {
                File = profile.File, Line = warning.Line, Code = warning.Code, Message = warning.Message, CreatedAt = now,
            });
        }
    }

    private void AddPartners(Jurisdiction jurisdiction, ParsedProfile profile)
    {
        var order = 0;
        foreach (var partner in profile.Partners.Select(p => PartnerFor(p, profile)).Distinct())
        {
            jurisdiction.Partners.Add(new JurisdictionPartner { Partner = partner, SortOrder = order++ });
        }
    }

    private void AddOperations(Jurisdiction jurisdiction, ParsedProfile profile)
    {
        foreach (var operation in profile.Operations)
        {
            jurisdiction.Operations.Add(new Operation
            {
                Year = operation.Year,
                Month = operation.Month,
                Day = operation.Day,
                Arrests = operation.Arrests,
                Summary = operation.Summary,
                Line = operation.Line,
                Tactics = [.. operation.Tactics.Select(t => new OperationTactic { TacticId = caches.TacticIds[t] })],
                Partners = [.. operation.Partners.Select(name => PartnerFor(profile.Partners.First(p => p.Name == name), profile)).Distinct()
                    .Select(partner => new OperationPartner { Partner = partner })],
            });
        }
    }

    private void AddSources(Jurisdiction jurisdiction, ParsedProfile profile)
    {
        var order = 0;
        foreach (var source in profile.Sources)
        {
            var item = 0;
            jurisdiction.Sources.Add(new Source
            {
                Category = source.Category,
                SortOrder = order++,
                Tactics = [.. source.Tactics.Select(t => new SourceTactic { TacticId = caches.TacticIds[t] })],
                Items = [.. source.Items.Select(i => new SourceItem { Title = i.Title, Outlet = i.Outlet, Date = i.Date, Url = i.Url, SortOrder = item++ })],
            });
        }
    }

    private void AddNeighbours(Jurisdiction jurisdiction, ParsedProfile profile, List<ProfileIssue> warnings)
    {
        var slugs = profile.Neighbours.Select(n => Slugs.ForJurisdiction(n.Name, profile.StateCode)).ToList();
        for (var i = 0; i < profile.Neighbours.Count; i++)
        {
            var neighbour = profile.Neighbours[i];
            var matched = caches.JurisdictionId(slugs[i], profile.StateCode);
            jurisdiction.RelatedJurisdictions.Add(new RelatedJurisdiction { Name = neighbour.Name, MatchedJurisdictionId = matched, SortOrder = i });
            if (matched is null)
            {
                warnings.Add(new ProfileIssue(neighbour.Line, WarningCodes.UnmatchedNeighbour, FastInsert.UnmatchedNeighbourMessage(neighbour.Name)));
            }
        }
    }

    private Partner PartnerFor(ParsedPartner parsed, ParsedProfile profile)
    {
        if (partnersBySlug.TryGetValue(parsed.Slug, out var known))
        {
            return known;
        }

        Partner partner;
        if (caches.PartnerIds.TryGetValue(parsed.Slug, out var id))
        {
            // Two slugs can lead to one partner (one merged into the other); it is tracked once.
            partner = db.Partners.Local.FirstOrDefault(p => p.Id == id) ?? db.Partners.Attach(new Partner { Id = id, Slug = parsed.Slug, Name = parsed.Name }).Entity;
        }
        else
        {
            partner = new Partner { Slug = parsed.Slug, Name = parsed.Name };
            if (parsed.Parent is not null && profile.Partners.FirstOrDefault(p => p.Name == parsed.Parent) is { } parent)
            {
                partner.Parent = PartnerFor(parent, profile);
            }

            db.Partners.Add(partner);
            NewPartners.Add(partner);
        }

        partnersBySlug[parsed.Slug] = partner;
        return partner;
    }
}

/// <summary>Which lists staff edited since the last import, so the importer leaves them standing.</summary>
internal sealed record StaffLists(bool Operations, bool Partners, bool Sources, bool Neighbours);
