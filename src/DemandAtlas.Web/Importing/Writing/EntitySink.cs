using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// The EF sink: turns <see cref="JurisdictionRows"/> into tracked entities, for a new jurisdiction
/// (<see cref="InsertAsync"/>, any engine EF speaks) and for the lists <see cref="ImportWriter"/> replaces on an
/// update. Writes the same rows as <see cref="FastInsert"/>; a test compares the stores the two fill.
/// </summary>
internal sealed class EntitySink(AtlasDb db) : IJurisdictionSink
{
    private readonly Dictionary<PartnerRef, Partner> partners = new(ReferenceEqualityComparer.Instance);
    private readonly List<Partner> created = [];

    /// <summary>Partners the last document added to the store (their ids are known once it is saved).</summary>
    public IReadOnlyList<(string Slug, int Id)> NewPartners => [.. created.Select(p => (p.Slug, p.Id))];

    /// <summary>Starts the next document: partners are resolved per document, like the rows.</summary>
    public void Begin()
    {
        partners.Clear();
        created.Clear();
    }

    /// <summary>
    /// Tracks the stored partners these rows link that the context does not track yet. A staff save shows its result
    /// from the tracked graph (the revision's snapshot), so a link must reach the stored partner, with its own name,
    /// not a stand-in carrying the name it was found under.
    /// </summary>
    public async Task LoadPartnersAsync(IEnumerable<PartnerRef> rows, CancellationToken cancellationToken)
    {
        List<int> missing = [.. rows.Select(p => p.Id).OfType<int>().Distinct().Where(id => db.Partners.Local.FindEntry(id) is null)];
        if (missing.Count > 0)
        {
            await db.Partners.Where(p => missing.Contains(p.Id)).LoadAsync(cancellationToken);
        }
    }

    public async Task<int> InsertAsync(JurisdictionRows rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Begin();
        var f = rows.Fields;
        var j = new Jurisdiction
        {
            Slug = f.Slug, Name = f.Name, StateCode = f.StateCode, StateName = f.StateName, Type = f.Type, County = f.County,
            Population = f.Population, Latitude = f.Latitude, Longitude = f.Longitude, CoordinateSource = f.CoordinateSource,
            NarrativeMarkdown = f.NarrativeMarkdown, NarrativeHtml = f.NarrativeHtml, SourceFile = f.SourceFile,
            SourceSha256 = f.SourceSha256, HadMenuTacticsBlock = f.HadMenuTacticsBlock,
            IsPublished = true, CreatedAt = now, UpdatedAt = now, ImportedAt = now, Version = 1,
        };
        db.Jurisdictions.Add(j);
        AddClaims(j, rows.Claims);
        AddPartners(j, rows.Partners);
        AddOperations(j, rows.Operations);
        AddSources(j, rows.Sources);
        AddNeighbours(j, rows.Neighbours);
        AddWarnings(j, rows.NewJurisdictionWarnings(), now);
        await db.SaveChangesAsync(cancellationToken);

        // Earlier profiles that named this place before it had a profile now point at it, and their "no profile
        // matches yet" warnings go (as in FastInsert).
        var message = NeighbourMatcher.UnmatchedMessage(j.Name);
        await db.RelatedJurisdictions
            .Where(r => r.Name == j.Name && r.MatchedJurisdictionId == null && r.JurisdictionId != j.Id && r.Jurisdiction.StateCode == j.StateCode)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.MatchedJurisdictionId, j.Id), cancellationToken);
        await db.ImportWarnings
            .Where(w => w.Code == WarningCodes.UnmatchedNeighbour && w.Message == message && w.ReviewedAt == null
                && db.RelatedJurisdictions.Any(r => r.JurisdictionId == w.JurisdictionId && r.Name == j.Name && r.MatchedJurisdictionId == j.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return j.Id;
    }

    /// <summary>
    /// Adds the document's claims and evidence; a claim the jurisdiction already has (a staff decision, or one backed
    /// by editor evidence) keeps its status unless nothing but the document ever backed it.
    /// </summary>
    public static void AddClaims(Jurisdiction j, IEnumerable<ClaimRow> claims)
    {
        foreach (var row in claims)
        {
            var claim = j.Claims.FirstOrDefault(c => c.TacticId == row.TacticId);
            if (claim is null)
            {
                claim = new TacticClaim { TacticId = row.TacticId, Status = row.Status };
                j.Claims.Add(claim);
            }
            else if (claim.Status is ClaimStatus.Inferred or ClaimStatus.Pending && claim.Evidence.Count == 0)
            {
                // Neither decided nor backed by staff (only editor evidence is left at this point): the status
                // follows the document's evidence.
                claim.Status = row.Status;
            }

            claim.Evidence.AddRange(row.Evidence.Select(e => new Evidence { Kind = e.Kind, Text = e.Text, Line = e.Line }));
        }
    }

    public void AddPartners(Jurisdiction j, IEnumerable<PartnerRef> rows)
    {
        var order = 0;
        foreach (var partner in rows)
        {
            j.Partners.Add(new JurisdictionPartner { Partner = PartnerFor(partner), SortOrder = order++ });
        }
    }

    public void AddOperations(Jurisdiction j, IEnumerable<OperationRow> rows)
    {
        foreach (var o in rows)
        {
            j.Operations.Add(new Operation
            {
                Year = o.Year, Month = o.Month, Day = o.Day, Arrests = o.Arrests, Summary = o.Summary, Line = o.Line, IsConfidential = o.IsConfidential,
                Tactics = [.. o.TacticIds.Select(id => new OperationTactic { TacticId = id, Tactic = TrackedTactic(id) })],
                Partners = [.. o.Partners.Select(p => new OperationPartner { Partner = PartnerFor(p) })],
            });
        }
    }

    public void AddSources(Jurisdiction j, IEnumerable<SourceRow> rows)
    {
        var order = 0;
        foreach (var s in rows)
        {
            var item = 0;
            j.Sources.Add(new Source
            {
                Category = s.Category,
                SortOrder = order++,
                Tactics = [.. s.TacticIds.Select(id => new SourceTactic { TacticId = id, Tactic = TrackedTactic(id) })],
                Items = [.. s.Items.Select(i => new SourceItem { Title = i.Title, Outlet = i.Outlet, Date = i.Date, Url = i.Url, SortOrder = item++ })],
            });
        }
    }

    public static void AddNeighbours(Jurisdiction j, IReadOnlyList<NeighbourRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            j.RelatedJurisdictions.Add(new RelatedJurisdiction { Name = rows[i].Name, MatchedJurisdictionId = rows[i].MatchedJurisdictionId, SortOrder = i });
        }
    }

    public static void AddWarnings(Jurisdiction j, IEnumerable<ProfileIssue> warnings, DateTimeOffset now)
    {
        foreach (var warning in warnings)
        {
            j.ImportWarnings.Add(new ImportWarning
            {
                File = j.SourceFile!, Line = warning.Line, Code = warning.Code, Message = warning.Message, CreatedAt = now,
            });
        }
    }

    /// <summary>
    /// The tactic's tracked entity when the caller loaded the tactics (a staff save shows the change from the tracked
    /// graph); otherwise the id alone is written and the navigation stays unset.
    /// </summary>
    private Tactic TrackedTactic(int id) => db.Tactics.Local.FindEntry(id)?.Entity!;

    private Partner PartnerFor(PartnerRef row)
    {
        if (partners.TryGetValue(row, out var known))
        {
            return known;
        }

        Partner partner;
        if (row.Id is { } id)
        {
            // Two slugs can lead to one partner (one merged into the other); it is tracked once.
            partner = db.Partners.Local.FindEntry(id)?.Entity ?? db.Partners.Attach(new Partner { Id = id, Slug = row.Slug, Name = row.Name }).Entity;
        }
        else
        {
            partner = new Partner { Slug = row.Slug, Name = row.Name, Parent = row.Parent is null ? null : PartnerFor(row.Parent) };
            db.Partners.Add(partner);
            created.Add(partner);
        }

        return partners[row] = partner;
    }
}
