using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Domain;

/// <summary>
/// A small directory with one of everything the public must not see, each carrying a marker of its own, beside
/// ordinary public data. Openfield (public) holds the hidden claims and operation, with a public operation and a
/// source tagged with the hidden claims' tactics (so a hidden tactic could leak through them); the draft and the
/// deleted place sit alone in Vermont in 1989, so any count, state or year that shows them is a leak too.
/// </summary>
public sealed record HiddenDirectory(
    string Open,
    string OpenName,
    IReadOnlyList<string> PublicSlugs,
    IReadOnlyList<string> HiddenSlugs,
    IReadOnlyDictionary<string, string> Markers,
    IReadOnlyDictionary<string, string> HiddenTacticsOfOpen,
    IReadOnlyList<string> TacticSlugs,
    IReadOnlyList<string> PartnerSlugs)
{
    public const string HiddenState = "VT";
    public const int HiddenYear = 1989;

    /// <summary>What the public totals count: three places in two states; four operations (one confidential), 14 arrests.</summary>
    public const int PublicPlaces = 3;
    public const int PublicStates = 2;
    public const int CountedOperations = 4;
    public const int ShownOperations = 3;
    public const int CountedArrests = 14;

    /// <summary>Tactic slug → how many public places the public totals say use it (a confidential claim counts).</summary>
    public static readonly IReadOnlyDictionary<string, int> PlacesByTactic = new Dictionary<string, int>
    {
        ["reverse-stings"] = 2, ["web-stings"] = 1, ["buyer-arrests"] = 1,
        ["it-based-tactics"] = 1, ["john-school"] = 0, ["auto-seizure"] = 0, ["identity-disclosure"] = 0, ["license-suspension"] = 0,
    };

    public static async Task<HiddenDirectory> SeedAsync(AtlasDb db)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var markers = new Dictionary<string, string>
        {
            ["confidential claim"] = $"zqconfclaim{tag}",
            ["confidential claim's source"] = $"zqconfsource{tag}",
            ["confidential operation"] = $"zqconfop{tag}",
            ["rejected claim"] = $"zqrejected{tag}",
            ["pending claim"] = $"zqpending{tag}",
            ["draft jurisdiction"] = $"zqdraft{tag}",
            ["draft's partner"] = $"zqdraftpartner{tag}",
            ["deleted jurisdiction"] = $"zqdeleted{tag}",
        };

        var open = new JurisdictionBuilder("Openfield")
            .At(42.27, -71.80).WithPopulation(50_000)
            .WithNarrative("Openfield police run reverse stings against buyers.")
            .WithTactic("reverse-stings", evidence: "Officers ran a reverse sting in 2021.")
            .WithTactic("it-based-tactics", evidence: $"Detectives used {markers["confidential claim"]} software.", confidential: true)
            .WithTactic("john-school", evidence: $"A {markers["rejected claim"]} class was proposed.", status: ClaimStatus.Rejected)
            .WithTactic("auto-seizure", evidence: $"Cars were {markers["pending claim"]} towed.", status: ClaimStatus.Pending)
            .WithPartner($"Openfield Police {tag}")
            .WithOperation(2021, 3, 4, ["reverse-stings", "it-based-tactics", "john-school", "auto-seizure"], [$"Openfield Police {tag}"], summary: "Officers arrested four buyers in a hotel sting.")
            .WithOperation(2022, 6, 2, ["it-based-tactics"], [$"Quiet Task Force {tag}"], summary: $"A {markers["confidential operation"]} online operation.");
        var pubton = new JurisdictionBuilder("Pubton").OfType(JurisdictionType.Town).At(42.1, -71.5)
            .WithTactic("reverse-stings").WithTactic("web-stings")
            .WithPartner($"Openfield Police {tag}")
            .WithOperation(2020, 5, 3, ["web-stings"], [$"Openfield Police {tag}"]);
        var clearwater = new JurisdictionBuilder("Clearwater", "NY", "New York").OfType(JurisdictionType.County).At(42.9, -75.0)
            .WithTactic("buyer-arrests")
            .WithOperation(2019, 9, 5, ["buyer-arrests"]);
        var draft = new JurisdictionBuilder(Capital(markers["draft jurisdiction"]), HiddenState, "Vermont").AsDraft().At(44.2, -72.6)
            .WithNarrative($"The {markers["draft jurisdiction"]} narrative.")
            .WithTactic("identity-disclosure", evidence: $"Names were published by {markers["draft jurisdiction"]}.")
            .WithPartner(Capital(markers["draft's partner"]))
            .WithOperation(HiddenYear, 4, 7, ["identity-disclosure"], [Capital(markers["draft's partner"])], summary: $"The {markers["draft jurisdiction"]} sting.");
        var deleted = new JurisdictionBuilder(Capital(markers["deleted jurisdiction"]), HiddenState, "Vermont").At(44.5, -73.2)
            .WithNarrative($"The {markers["deleted jurisdiction"]} narrative.")
            .WithTactic("license-suspension", evidence: $"Licences were suspended in {markers["deleted jurisdiction"]}.")
            .WithOperation(HiddenYear, 8, 9, ["license-suspension"], summary: $"The {markers["deleted jurisdiction"]} sting.");

        var openRow = await open.SaveAsync(db);
        await pubton.SaveAsync(db);
        await clearwater.SaveAsync(db);
        await draft.SaveAsync(db);
        var deletedRow = await deleted.SaveAsync(db);

        deletedRow.DeletedAt = DateTimeOffset.UtcNow;
        openRow.Operations.Single(o => o.Summary.Contains(markers["confidential operation"], StringComparison.Ordinal)).IsConfidential = true;
        var tactics = await db.Tactics.ToDictionaryAsync(t => t.Slug);
        openRow.Sources.Add(new Source
        {
            Category = "IT-Based Tactics", SortOrder = 0,
            Tactics = [new SourceTactic { TacticId = tactics["it-based-tactics"].Id }],
            Items = [new SourceItem { Title = $"Detectives and the {markers["confidential claim's source"]} app", Outlet = "Openfield Gazette", SortOrder = 0 }],
        });
        openRow.Sources.Add(new Source
        {
            Category = "Reverse Stings", SortOrder = 1,
            Tactics = [new SourceTactic { TacticId = tactics["reverse-stings"].Id }],
            Items = [new SourceItem { Title = "Sting nets four buyers", Outlet = "Openfield Gazette", SortOrder = 0 }],
        });
        await db.SaveChangesAsync();

        var hiddenTactics = new[] { "it-based-tactics", "john-school", "auto-seizure" }.ToDictionary(s => s, s => tactics[s].Name);
        return new HiddenDirectory(
            open.Slug,
            open.Name,
            [open.Slug, pubton.Slug, clearwater.Slug],
            [draft.Slug, deleted.Slug],
            markers,
            hiddenTactics,
            [.. tactics.Keys.Order(StringComparer.Ordinal)],
            await db.Partners.Select(p => p.Slug).OrderBy(s => s).ToListAsync());
    }

    private static string Capital(string marker) => char.ToUpperInvariant(marker[0]) + marker[1..];
}
