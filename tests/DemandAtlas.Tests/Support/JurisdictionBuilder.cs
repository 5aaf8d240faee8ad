using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Support;

/// <summary>
/// Builds a jurisdiction with tactics, operations and partners for a test. Names get a unique suffix so
/// tests sharing one factory never see each other's rows: `new JurisdictionBuilder("Springfield", "IL")`.
/// </summary>
public sealed class JurisdictionBuilder(string name, string stateCode = "MA", string stateName = "Massachusetts")
{
    private static int counter;
    private readonly string suffix = Interlocked.Increment(ref counter).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];
    private readonly List<(string Tactic, EvidenceKind Kind, string Text, ClaimStatus Status, bool Confidential)> claims = [];
    private readonly List<(int Year, int? Month, int? Day, int? Arrests, string Summary, string[] Tactics, string[] Partners)> operations = [];
    private readonly List<string> partners = [];
    private JurisdictionType type = JurisdictionType.City;
    private int? population = 20_000;
    private string? county;
    private string narrative = "A test jurisdiction.";
    private (double Lat, double Lon)? location;
    private bool published = true;

    /// <summary>The unique name this builder will give the jurisdiction.</summary>
    public string Name => $"{name} {suffix}";

    public string Slug => Slugs.ForJurisdiction(Name, stateCode);

    public JurisdictionBuilder OfType(JurisdictionType value) { type = value; return this; }

    public JurisdictionBuilder WithPopulation(int? value) { population = value; return this; }

    public JurisdictionBuilder InCounty(string value) { county = value; return this; }

    public JurisdictionBuilder WithNarrative(string markdown) { narrative = markdown; return this; }

    public JurisdictionBuilder At(double latitude, double longitude) { location = (latitude, longitude); return this; }

    public JurisdictionBuilder AsDraft() { published = false; return this; }

    public JurisdictionBuilder WithTactic(string slug, EvidenceKind kind = EvidenceKind.Narrative, string evidence = "Police ran this tactic.", ClaimStatus status = ClaimStatus.Inferred, bool confidential = false)
    {
        claims.Add((slug, kind, evidence, status, confidential));
        return this;
    }

    public JurisdictionBuilder WithOperation(int year, int? month, int? arrests, string[] tactics, string[]? partnerNames = null, int? day = null, string summary = "Officers arrested buyers in a sting.")
    {
        operations.Add((year, month, day, arrests, summary, tactics, partnerNames ?? []));
        return this;
    }

    /// <summary>Adds a partner by display name; the same name across builders is the same shared partner.</summary>
    public JurisdictionBuilder WithPartner(string partnerName) { partners.Add(partnerName); return this; }

    public async Task<Jurisdiction> SaveAsync(AtlasDb db)
    {
        var tactics = await db.Tactics.ToDictionaryAsync(t => t.Slug);
        var now = DateTimeOffset.UtcNow;
        var jurisdiction = new Jurisdiction
        {
            Slug = Slug,
            Name = Name,
            StateCode = stateCode,
            StateName = stateName,
            Type = type,
            County = county,
            Population = population,
            Latitude = location?.Lat,
            Longitude = location?.Lon,
            CoordinateSource = location is null ? null : CoordinateSource.Document,
            NarrativeMarkdown = narrative,
            NarrativeHtml = $"<p>{System.Net.WebUtility.HtmlEncode(narrative)}</p>",
            IsPublished = published,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        foreach (var claim in claims)
        {
            jurisdiction.Claims.Add(new TacticClaim
            {
                TacticId = tactics[claim.Tactic].Id,
                Status = claim.Status,
                IsConfidential = claim.Confidential,
                Evidence = [new Evidence { Kind = claim.Kind, Text = claim.Text }],
            });
        }

        var partnerRows = new Dictionary<string, Partner>();
        foreach (var partnerName in partners.Concat(operations.SelectMany(o => o.Partners)).Distinct())
        {
            var slug = Slugs.From(partnerName);
            partnerRows[partnerName] = await db.Partners.FirstOrDefaultAsync(p => p.Slug == slug)
                ?? db.Partners.Add(new Partner { Slug = slug, Name = partnerName }).Entity;
        }

        var order = 0;
        foreach (var partnerName in partners)
        {
            jurisdiction.Partners.Add(new JurisdictionPartner { Partner = partnerRows[partnerName], SortOrder = order++ });
        }

        foreach (var op in operations)
        {
            jurisdiction.Operations.Add(new Operation
            {
                Year = op.Year,
                Month = op.Month,
                Day = op.Day,
                Arrests = op.Arrests,
                Summary = op.Summary,
                Tactics = [.. op.Tactics.Select(t => new OperationTactic { TacticId = tactics[t].Id })],
                Partners = [.. op.Partners.Select(p => new OperationPartner { Partner = partnerRows[p] })],
            });
        }

        db.Jurisdictions.Add(jurisdiction);
        await db.SaveChangesAsync();
        return jurisdiction;
    }
}
