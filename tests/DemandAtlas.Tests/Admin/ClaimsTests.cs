using AngleSharp.Html.Dom;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class ClaimsTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    private static string Url(string slug) => $"/admin/jurisdictions/{slug}/claims";

    private static Task<HttpResponseMessage> Act(StaffClient client, string slug, string tactic, string action, string note = "") =>
        Forms.SubmitAsync(client.Http, Url(slug), $"#claim-{tactic} form", new Dictionary<string, string> { ["Input.Action"] = action, ["Input.Note"] = note });

    [Fact]
    public async Task Confirming_and_rejecting_inferred_claims_records_the_decision_and_the_note_as_evidence()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Claimton").WithTactic("reverse-stings").WithTactic("cameras").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        await Act(editor, j.Slug, "reverse-stings", "Confirm", "Police press release, 2019.");
        await Act(editor, j.Slug, "cameras", "Reject");

        await factory.WithDbAsync(async db =>
        {
            var claims = await db.Claims.Include(c => c.Tactic).Include(c => c.Evidence).Where(c => c.JurisdictionId == j.Id).ToDictionaryAsync(c => c.Tactic.Slug);
            Assert.Equal(ClaimStatus.Confirmed, claims["reverse-stings"].Status);
            var note = Assert.Single(claims["reverse-stings"].Evidence, e => e.Kind == EvidenceKind.Editor);
            Assert.Equal("Police press release, 2019.", note.Text);
            Assert.Equal(editor.Email, note.AddedBy);
            Assert.Equal(ClaimStatus.Rejected, claims["cameras"].Status);
            Assert.Equal(2, await db.Revisions.CountAsync(r => r.JurisdictionId == j.Id));
            Assert.Contains("Claims", await db.EditedFields.Where(e => e.JurisdictionId == j.Id).Select(e => e.Field).ToListAsync());
        });
    }

    [Fact]
    public async Task Adding_a_claim_needs_a_note_and_can_be_confidential()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Addington").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var refused = await Forms.SubmitAsync(editor.Http, Url(j.Slug), "#add-claim", new Dictionary<string, string> { ["Input.Tactic"] = "it-based-tactics", ["Input.Action"] = "Add" });
        Assert.NotNull((await Forms.ParseAsync(refused)).QuerySelector(".admin-error-list li"));
        await Forms.SubmitAsync(editor.Http, Url(j.Slug), "#add-claim", new Dictionary<string, string>
        {
            ["Input.Tactic"] = "it-based-tactics",
            ["Input.Action"] = "Add",
            ["Input.Note"] = "Partner confirmed a chatbot deployment by email.",
            ["Input.Confidential"] = "true",
        });

        var claim = await factory.WithDbAsync(db => db.Claims.Include(c => c.Evidence).SingleAsync(c => c.JurisdictionId == j.Id));
        Assert.Equal(ClaimStatus.Confirmed, claim.Status);
        Assert.True(claim.IsConfidential);
        Assert.Equal(EvidenceKind.Editor, Assert.Single(claim.Evidence).Kind);
    }

    [Fact]
    public async Task A_claim_action_from_a_stale_page_is_not_applied_and_shows_what_changed()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Stalewick").WithTactic("web-stings").SaveAsync(db));
        using var first = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var second = await Staff.LoginAsAsync(factory, Roles.Editor);
        var stale = await Forms.GetDocumentAsync(second.Http, Url(j.Slug));

        await Act(first, j.Slug, "web-stings", "Reject");
        var response = await Forms.SubmitAsync(second.Http, Url(j.Slug), (IHtmlFormElement)stale.QuerySelector("#claim-web-stings form")!,
            new Dictionary<string, string> { ["Input.Action"] = "Confirm", ["Input.Note"] = "My careful note." });
        var page = await Forms.ParseAsync(response);

        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Contains(page.QuerySelectorAll("#conflict ins"), i => i.TextContent.Contains("Rejected", StringComparison.Ordinal));
        Assert.Equal("My careful note.", page.QuerySelector("#claim-web-stings textarea")!.TextContent);
        Assert.Equal(ClaimStatus.Rejected, await factory.WithDbAsync(db => db.Claims.Where(c => c.JurisdictionId == j.Id).Select(c => c.Status).SingleAsync()));
    }
}
