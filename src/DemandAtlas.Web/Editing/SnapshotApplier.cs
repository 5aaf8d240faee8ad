using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Importing.Writing;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Editing;

/// <summary>Writes the changed fields of a snapshot back onto a tracked jurisdiction (edits and restores alike).</summary>
public sealed class SnapshotApplier(AtlasDb db)
{
    /// <summary>The snapshot's fields written as rows of their own.</summary>
    private static readonly string[] Lists =
    [
        nameof(JurisdictionSnapshot.Claims), nameof(JurisdictionSnapshot.Partners), nameof(JurisdictionSnapshot.Operations),
        nameof(JurisdictionSnapshot.Sources), nameof(JurisdictionSnapshot.RelatedJurisdictions),
    ];

    public async Task ApplyAsync(Jurisdiction j, JurisdictionSnapshot after, IReadOnlySet<string> changed, string author, CancellationToken cancellationToken)
    {
        j.Name = after.Name.Trim();
        j.StateCode = after.StateCode.Trim().ToUpperInvariant();
        j.StateName = after.StateName.Trim();
        j.Type = Enum.TryParse<JurisdictionType>(after.Type, out var type) ? type : null;
        j.County = string.IsNullOrWhiteSpace(after.County) ? null : after.County.Trim();
        j.Population = after.Population;
        j.Latitude = after.Latitude;
        j.Longitude = after.Longitude;
        j.CoordinateSource = Enum.TryParse<CoordinateSource>(after.CoordinateSource, out var source) ? source : null;
        if (changed.Contains(nameof(JurisdictionSnapshot.NarrativeMarkdown)) || j.NarrativeHtml.Length == 0)
        {
            j.NarrativeMarkdown = after.NarrativeMarkdown;
            j.NarrativeHtml = Markdown.ToSafeHtml(after.NarrativeMarkdown);
        }

        j.IsPublished = after.IsPublished;
        if (after.IsDeleted != (j.DeletedAt is not null))
        {
            j.DeletedAt = after.IsDeleted ? db.Clock.GetUtcNow() : null;
        }

        if (!changed.Overlaps(Lists))
        {
            // The place's own fields only (the usual save): no rows to write, no tactics to look up.
            return;
        }

        var tactics = await db.Tactics.ToDictionaryAsync(t => t.Slug, cancellationToken);
        if (changed.Contains(nameof(JurisdictionSnapshot.Claims)))
        {
            ApplyClaims(j, after.Claims, tactics, author);
        }

        await WriteListsAsync(j, after, changed, tactics, cancellationToken);
    }

    /// <summary>
    /// Partners, operations, sources and neighbours go through the importer's rows and EF sink, so a staff save and
    /// an import resolve partners (merged ones too) and match neighbours by the same rules and write the same rows.
    /// </summary>
    private async Task WriteListsAsync(Jurisdiction j, JurisdictionSnapshot after, IReadOnlySet<string> changed, Dictionary<string, Tactic> tactics, CancellationToken cancellationToken)
    {
        var writesPartners = changed.Contains(nameof(JurisdictionSnapshot.Partners));
        var writesOperations = changed.Contains(nameof(JurisdictionSnapshot.Operations));
        List<string> names = [.. (writesPartners ? after.Partners : []).Concat(writesOperations ? after.Operations.SelectMany(o => o.Partners) : [])
            .Select(n => n.Trim()).Where(n => n.Length > 0)];
        var partners = new PartnerRefs(await PartnerResolver.LoadAsync(db, [.. names.Select(PartnerResolver.Key).Distinct()], cancellationToken));
        List<PartnerRef> PartnersNamed(IEnumerable<string> list) =>
            [.. list.Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => partners.Resolve(PartnerResolver.Key(n), n)).Distinct()];
        List<int> TacticIds(IEnumerable<string> slugs) => [.. slugs.Where(tactics.ContainsKey).Distinct().Select(t => tactics[t].Id)];

        var sink = new EntitySink(db);
        if (writesPartners)
        {
            var rows = PartnersNamed(after.Partners);
            await sink.LoadPartnersAsync(rows, cancellationToken);
            db.JurisdictionPartners.RemoveRange(j.Partners);
            j.Partners.Clear();
            sink.AddPartners(j, rows);
        }

        if (writesOperations)
        {
            List<OperationRow> rows = [.. after.Operations.Select(o => new OperationRow(
                o.Year, o.Month, o.Day, o.Arrests, o.Summary.Trim(), o.Line, o.IsConfidential, TacticIds(o.Tactics), PartnersNamed(o.Partners)))];
            await sink.LoadPartnersAsync(rows.SelectMany(o => o.Partners), cancellationToken);
            db.Operations.RemoveRange(j.Operations);
            j.Operations.Clear();
            sink.AddOperations(j, rows);
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.Sources)))
        {
            db.Sources.RemoveRange(j.Sources);
            j.Sources.Clear();
            sink.AddSources(j, [.. after.Sources.Select(s => new SourceRow(
                s.Category, TacticIds(s.Tactics), [.. s.Items.Select(i => new SourceItemRow(i.Title, i.Outlet, i.Date, i.Url))]))]);
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.RelatedJurisdictions)))
        {
            List<string> mentions = [.. after.RelatedJurisdictions.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
            List<string> slugs = [.. mentions.Select(n => NeighbourMatcher.Key(n, j.StateCode)).Distinct()];
            var known = (await db.Jurisdictions.Where(x => slugs.Contains(x.Slug)).Select(x => new { x.Slug, x.Id, x.StateCode }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.Slug, x => new KnownJurisdiction(x.Id, x.StateCode, null), StringComparer.Ordinal);
            db.RelatedJurisdictions.RemoveRange(j.RelatedJurisdictions);
            j.RelatedJurisdictions.Clear();
            EntitySink.AddNeighbours(j, [.. mentions.Select(n => new NeighbourRow(n, null, NeighbourMatcher.Match(n, j.StateCode, j.Id, known.GetValueOrDefault)))]);
        }
    }

    /// <summary>
    /// Claims are matched by tactic so their ids (and anything keyed on them) survive edits. A claim leaving review
    /// (confirmed or rejected, whether by a decision or a restore) records when and by whom; one put back clears it.
    /// </summary>
    private void ApplyClaims(Jurisdiction j, List<ClaimSnapshot> claims, Dictionary<string, Tactic> tactics, string author)
    {
        var wanted = claims.Where(c => tactics.ContainsKey(c.Tactic)).DistinctBy(c => c.Tactic).ToDictionary(c => tactics[c.Tactic].Id);
        foreach (var claim in j.Claims.Where(c => !wanted.ContainsKey(c.TacticId)).ToList())
        {
            db.Claims.Remove(claim);
            j.Claims.Remove(claim);
        }

        foreach (var (tacticId, snapshot) in wanted)
        {
            var claim = j.Claims.FirstOrDefault(c => c.TacticId == tacticId);
            if (claim is null)
            {
                claim = new TacticClaim { TacticId = tacticId, Tactic = tactics[snapshot.Tactic] };
                j.Claims.Add(claim);
            }

            var status = Enum.Parse<ClaimStatus>(snapshot.Status);
            if (ClaimReview.Awaits(status))
            {
                claim.ReviewedAt = null;
                claim.ReviewedBy = null;
            }
            else if (status != claim.Status)
            {
                claim.ReviewedAt = db.Clock.GetUtcNow();
                claim.ReviewedBy = author;
            }

            claim.Status = status;
            claim.IsConfidential = snapshot.IsConfidential;
            var current = claim.Evidence.Select(e => new EvidenceSnapshot(e.Kind.ToString(), e.Text, e.Line, e.AddedBy)).ToList();
            if (!current.SequenceEqual(snapshot.Evidence))
            {
                db.Evidence.RemoveRange(claim.Evidence);
                claim.Evidence.Clear();
                claim.Evidence.AddRange(snapshot.Evidence.Select(e => new Evidence { Kind = Enum.Parse<EvidenceKind>(e.Kind), Text = e.Text, Line = e.Line, AddedBy = e.AddedBy }));
            }
        }
    }
}
