using System.Text.Json;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Export;

namespace DemandAtlas.Tests.Export;

public sealed class JurisdictionDocumentsTests
{
    [Fact]
    public async Task A_document_carries_public_claims_operations_and_partners_but_nothing_hidden()
    {
        await using var database = await TestDatabase.CreateAsync();
        var builder = new JurisdictionBuilder("Exportville")
            .InCounty("Test County")
            .At(42.1, -71.5)
            .WithTactic("reverse-stings", EvidenceKind.Narrative, "Officers posed as sellers.")
            .WithTactic("john-school", status: ClaimStatus.Rejected)
            .WithTactic("cameras", confidential: true)
            .WithPartner("Exportville Police Department")
            .WithOperation(2019, 3, 7, ["reverse-stings", "cameras"], ["Exportville Police Department"]);
        await using (var db = database.Open())
        {
            await builder.SaveAsync(db);
        }

        await using var read = database.Open();
        var document = await JurisdictionDocuments.LoadAsync(read, builder.Slug, CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal("MA", document.State.Code);
        Assert.Equal("Test County", document.County);
        Assert.Equal(new GeoLocation(42.1, -71.5), document.Location);
        var tactic = Assert.Single(document.Tactics);
        Assert.Equal("reverse-stings", tactic.Slug);
        Assert.Equal("stated", tactic.Strength);
        Assert.Equal(new EvidenceEntry("stated", "Officers posed as sellers."), Assert.Single(tactic.Evidence));
        var operation = Assert.Single(document.Operations);
        Assert.Equal("2019-03", operation.Date);
        Assert.Equal(["reverse-stings"], operation.Tactics);
        Assert.Equal(["exportville-police-department"], operation.Partners);
        Assert.Equal("exportville-police-department", Assert.Single(document.Partners).Slug);
    }

    [Fact]
    public async Task Drafts_are_not_loaded_and_confidential_operations_are_left_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = new JurisdictionBuilder("Drafton").AsDraft();
        var open = new JurisdictionBuilder("Openton").WithOperation(2020, null, 2, ["buyer-arrests"]);
        await using (var db = database.Open())
        {
            await draft.SaveAsync(db);
            var saved = await open.SaveAsync(db);
            saved.Operations[0].IsConfidential = true;
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        Assert.Null(await JurisdictionDocuments.LoadAsync(read, draft.Slug, CancellationToken.None));
        var document = await JurisdictionDocuments.LoadAsync(read, open.Slug, CancellationToken.None);
        Assert.NotNull(document);
        Assert.Empty(document.Operations);
    }

    [Fact]
    public async Task Serialised_documents_use_camel_case_and_write_a_null_location()
    {
        await using var database = await TestDatabase.CreateAsync();
        var builder = new JurisdictionBuilder("Jsonburg").WithTactic("letters", EvidenceKind.SourceHeading, "Letters:");
        await using (var db = database.Open())
        {
            await builder.SaveAsync(db);
        }

        await using var read = database.Open();
        var all = new List<JurisdictionDocument>();
        await foreach (var item in JurisdictionDocuments.LoadAllAsync(read, CancellationToken.None))
        {
            all.Add(item);
        }

        var json = JsonSerializer.Serialize(Assert.Single(all), JurisdictionDocument.JsonOptions);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(builder.Slug, root.GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("location").ValueKind);
        Assert.Equal("named", root.GetProperty("tactics")[0].GetProperty("strength").GetString());
        Assert.Equal("named", root.GetProperty("tactics")[0].GetProperty("evidence")[0].GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty("relatedJurisdictions", out _));
        Assert.True(root.TryGetProperty("updatedAt", out _));
    }
}
