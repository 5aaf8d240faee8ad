using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Editing;

/// <summary>Writes the changed fields of a snapshot back onto a tracked jurisdiction (edits and restores alike).</summary>
public sealed class SnapshotApplier(AtlasDb db)
{
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
            j.DeletedAt = after.IsDeleted ? DateTimeOffset.UtcNow : null;
        }

        var tactics = await db.Tactics.ToDictionaryAsync(t => t.Slug, cancellationToken);
        if (changed.Contains(nameof(JurisdictionSnapshot.Claims)))
        {
            ApplyClaims(j, after.Claims, tactics, author);
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.Partners)))
        {
            db.JurisdictionPartners.RemoveRange(j.Partners);
            j.Partners.Clear();
            var order = 0;
            foreach (var partner in await PartnersAsync(after.Partners, cancellationToken))
            {
                j.Partners.Add(new JurisdictionPartner { Partner = partner, SortOrder = order++ });
            }
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.Operations)))
        {
            db.Operations.RemoveRange(j.Operations);
            j.Operations.Clear();
            foreach (var o in after.Operations)
            {
                var operation = new Operation
                {
                    Year = o.Year, Month = o.Month, Day = o.Day, Arrests = o.Arrests, Summary = o.Summary.Trim(), IsConfidential = o.IsConfidential, Line = o.Line,
                    Tactics = [.. o.Tactics.Where(tactics.ContainsKey).Distinct().Select(t => new OperationTactic { Tactic = tactics[t] })],
                };
                foreach (var partner in await PartnersAsync(o.Partners, cancellationToken))
                {
                    operation.Partners.Add(new OperationPartner { Partner = partner });
                }

                j.Operations.Add(operation);
            }
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.Sources)))
        {
            db.Sources.RemoveRange(j.Sources);
            j.Sources.Clear();
            var order = 0;
            foreach (var s in after.Sources)
            {
                var itemOrder = 0;
                j.Sources.Add(new Source
                {
                    Category = s.Category,
                    SortOrder = order++,
                    Tactics = [.. s.Tactics.Where(tactics.ContainsKey).Distinct().Select(t => new SourceTactic { Tactic = tactics[t] })],
                    Items = [.. s.Items.Select(i => new SourceItem { Title = i.Title, Outlet = i.Outlet, Date = i.Date, Url = i.Url, SortOrder = itemOrder++ })],
                });
            }
        }

        if (changed.Contains(nameof(JurisdictionSnapshot.RelatedJurisdictions)))
        {
            db.RelatedJurisdictions.RemoveRange(j.RelatedJurisdictions);
            j.RelatedJurisdictions.Clear();
            var order = 0;
            foreach (var name in after.RelatedJurisdictions.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var slug = Slugs.ForJurisdiction(name, j.StateCode);
                var match = await db.Jurisdictions.Where(x => x.Slug == slug && x.Id != j.Id).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken);
                j.RelatedJurisdictions.Add(new RelatedJurisdiction { Name = name, MatchedJurisdictionId = match, SortOrder = order++ });
            }
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
                claim.ReviewedAt = DateTimeOffset.UtcNow;
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

    /// <summary>The partners these names stand for, in order, each once (two names can lead to one partner).</summary>
    private async Task<List<Partner>> PartnersAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var partners = new List<Partner>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var partner = await PartnerAsync(name, cancellationToken);
            if (!partners.Contains(partner))
            {
                partners.Add(partner);
            }
        }

        return partners;
    }

    private async Task<Partner> PartnerAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(name);
        return db.Partners.Local.FirstOrDefault(p => p.Slug == slug)
            ?? await db.Partners.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken)
            // Merged into another partner since this snapshot was taken: the name leads to the survivor.
            ?? await db.PartnerAliases.Where(a => a.Slug == slug).Select(a => a.Partner).FirstOrDefaultAsync(cancellationToken)
            ?? db.Partners.Add(new Partner { Slug = slug, Name = name }).Entity;
    }
}
