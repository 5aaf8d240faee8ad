using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Domain;

public sealed class EvidenceStrengthTests
{
    [Fact]
    public void Editor_evidence_is_strongest_then_stated_then_named_and_listed_is_weakest()
    {
        EvidenceKind[] weakestFirst = [EvidenceKind.Listed, EvidenceKind.SourceHeading, EvidenceKind.Narrative, EvidenceKind.Editor];

        Assert.Equal(["listed", "named", "stated", "editor"], weakestFirst.Select(EvidenceStrengths.Name));
        Assert.Equal(weakestFirst.Select(EvidenceStrengths.Of), EvidenceStrengths.WeakestFirst);
        Assert.True(EvidenceStrengths.WeakestFirst.SequenceEqual(EvidenceStrengths.WeakestFirst.Order()));
        Assert.Equal(EvidenceStrength.Stated, EvidenceStrengths.Strongest([EvidenceKind.Listed, EvidenceKind.Narrative, EvidenceKind.SourceHeading]));
        Assert.Null(EvidenceStrengths.Strongest([]));
    }

    [Fact]
    public void Every_kind_has_a_strength_whose_name_reads_back()
    {
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            Assert.True(EvidenceStrengths.TryParse(EvidenceStrengths.Name(kind).ToUpperInvariant(), out var parsed));
            Assert.Equal(EvidenceStrengths.Of(kind), parsed);
        }

        Assert.False(EvidenceStrengths.TryParse("narrative", out _));
    }

    [Fact]
    public async Task The_store_keeps_each_claim_at_the_strength_of_its_strongest_evidence_whoever_writes_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var place = await new JurisdictionBuilder("Strengthby").WithTactic("letters", EvidenceKind.Listed, "Letters").SaveAsync(db);
        var claim = place.Claims[0];
        async Task<EvidenceStrength?> StoredAsync() => await db.Claims.AsNoTracking().Where(c => c.Id == claim.Id).Select(c => c.Strength).SingleAsync();

        Assert.Equal(EvidenceStrength.Listed, await StoredAsync());

        // Every kind, in the order EF and the importer's plain SQL each write them.
        foreach (var kind in Enum.GetValues<EvidenceKind>().Where(k => k != EvidenceKind.Listed))
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO Evidence (ClaimId, Kind, Text, Line, AddedBy) VALUES ({claim.Id}, {kind.ToString()}, {"Seen."}, NULL, NULL)");
            Assert.Equal(EvidenceStrengths.Of(kind), await StoredAsync());
        }

        await db.Evidence.Where(e => e.ClaimId == claim.Id && e.Kind == EvidenceKind.Editor).ExecuteDeleteAsync();
        Assert.Equal(EvidenceStrength.Stated, await StoredAsync());

        await db.Evidence.Where(e => e.ClaimId == claim.Id && e.Kind == EvidenceKind.Narrative).ExecuteUpdateAsync(s => s.SetProperty(e => e.Kind, EvidenceKind.Listed));
        Assert.Equal(EvidenceStrength.Named, await StoredAsync());

        claim.Evidence.Add(new Evidence { Kind = EvidenceKind.Editor, Text = "Checked the court record.", AddedBy = "editor@example.test" });
        claim.Status = ClaimStatus.Confirmed;
        await db.SaveChangesAsync();
        Assert.Equal(EvidenceStrength.Editor, await StoredAsync());

        await db.Evidence.Where(e => e.ClaimId == claim.Id).ExecuteDeleteAsync();
        Assert.Null(await StoredAsync());
    }
}
