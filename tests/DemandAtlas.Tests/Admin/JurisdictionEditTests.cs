using System.Net;
using AngleSharp.Html.Dom;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class JurisdictionEditTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    private static string EditUrl(string slug) => $"/admin/jurisdictions/{slug}/edit";

    [Fact]
    public async Task Saving_the_edit_form_writes_the_fields_a_revision_and_the_edited_field_markers()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Editham").WithPopulation(1000).SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var response = await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string>
        {
            ["Input.Population"] = "18272",
            ["Input.Latitude"] = "42.27",
            ["Input.Longitude"] = "-71.61",
            ["Input.Narrative"] = "A **new** narrative.",
            ["Input.Partners"] = "Editham Police Department\nState Police",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Jurisdictions.Include(x => x.Partners).ThenInclude(p => p.Partner).SingleAsync(x => x.Id == j.Id);
            Assert.Equal(18272, saved.Population);
            Assert.Equal(CoordinateSource.Editor, saved.CoordinateSource);
            Assert.Equal("<p>A <strong>new</strong> narrative.</p>", saved.NarrativeHtml);
            Assert.Equal(["Editham Police Department", "State Police"], saved.Partners.OrderBy(p => p.SortOrder).Select(p => p.Partner.Name));
            Assert.Equal(2, saved.Version);
            var revision = await db.Revisions.SingleAsync(r => r.JurisdictionId == j.Id);
            Assert.Equal(editor.Email, revision.Author);
            Assert.Contains("18272", revision.ChangesJson, StringComparison.Ordinal);
            var edited = await db.EditedFields.Where(e => e.JurisdictionId == j.Id).Select(e => e.Field).ToListAsync();
            Assert.Equal(["Location", "Narrative", "Partners", "Population"], edited.Order());
        });
    }

    [Fact]
    public async Task Twenty_parallel_saves_from_one_stale_version_let_exactly_one_win_and_lose_nothing()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Raceton").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var page = await Forms.GetDocumentAsync(editor.Http, EditUrl(j.Slug));
        var form = (IHtmlFormElement)page.QuerySelector("#edit-form")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var response = await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), form, new Dictionary<string, string> { ["Input.Narrative"] = $"Narrative from editor {i}." });
            return (i, response.StatusCode, Document: await Forms.ParseAsync(response));
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var conflicts = responses.Where(r => r.Document.QuerySelector("#conflict") is not null).ToList();
        var winner = Assert.Single(responses, r => r.Document.QuerySelector("#conflict") is null);
        Assert.Equal(19, conflicts.Count);
        // Every loser's text is still in their form, ready to merge and save.
        Assert.All(conflicts, c => Assert.Equal($"Narrative from editor {c.i}.", ((IHtmlTextAreaElement)c.Document.QuerySelector("#Input_Narrative")!).Value));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Jurisdictions.SingleAsync(x => x.Id == j.Id);
            Assert.Equal($"Narrative from editor {winner.i}.", saved.NarrativeMarkdown);
            Assert.Equal(2, saved.Version);
            Assert.Equal(1, await db.Revisions.CountAsync(r => r.JurisdictionId == j.Id));
        });
    }

    [Fact]
    public async Task A_stale_save_shows_what_changed_meanwhile_and_merging_keeps_both_edits()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Mergeville").WithPopulation(500).SaveAsync(db));
        using var first = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var second = await Staff.LoginAsAsync(factory, Roles.Editor);
        var secondPage = await Forms.GetDocumentAsync(second.Http, EditUrl(j.Slug));

        await Forms.SubmitAsync(first.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string> { ["Input.Population"] = "777" });
        var conflict = await Forms.ParseAsync(await Forms.SubmitAsync(second.Http, EditUrl(j.Slug), (IHtmlFormElement)secondPage.QuerySelector("#edit-form")!,
            new Dictionary<string, string> { ["Input.Narrative"] = "Second editor's careful paragraph." }));

        var row = Assert.Single(conflict.QuerySelectorAll("#conflict tbody tr"));
        Assert.Contains("Population", row.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["500", "777"], row.QuerySelectorAll("td pre").Take(2).Select(p => p.TextContent));
        Assert.Equal("777", ((IHtmlInputElement)conflict.QuerySelector("#Input_Population")!).Value);
        Assert.Equal("Second editor's careful paragraph.", ((IHtmlTextAreaElement)conflict.QuerySelector("#Input_Narrative")!).Value);

        var merged = await Forms.SubmitAsync(second.Http, EditUrl(j.Slug), (IHtmlFormElement)conflict.QuerySelector("#edit-form")!, new Dictionary<string, string>());
        Assert.Null((await Forms.ParseAsync(merged)).QuerySelector("#conflict"));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Jurisdictions.SingleAsync(x => x.Id == j.Id);
            Assert.Equal(777, saved.Population);
            Assert.Equal("Second editor's careful paragraph.", saved.NarrativeMarkdown);
            Assert.Equal(3, saved.Version);
            Assert.Equal(2, await db.Revisions.CountAsync(r => r.JurisdictionId == j.Id));
        });
    }

    [Fact]
    public async Task Restoring_an_old_revision_brings_its_state_back_as_a_new_revision()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Restoria").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "Good text.", ["Input.County"] = "Worcester County" });
        await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "Vandalised text.", ["Input.County"] = "" });

        var history = await Forms.GetDocumentAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history");
        Assert.Contains(history.QuerySelectorAll("#revision-2 del"), d => d.TextContent == "- Good text.");
        var restore = (IHtmlFormElement)history.QuerySelector("#revision-1 .restore-form")!;
        var response = await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history", restore, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Jurisdictions.SingleAsync(x => x.Id == j.Id);
            Assert.Equal("Good text.", saved.NarrativeMarkdown);
            Assert.Equal("Worcester County", saved.County);
            Assert.Equal(4, saved.Version);
            var latest = await db.Revisions.Where(r => r.JurisdictionId == j.Id).OrderByDescending(r => r.Number).FirstAsync();
            Assert.Equal(3, latest.Number);
            Assert.Equal("Restored revision 1", latest.Summary);
        });
    }

    [Fact]
    public async Task A_restore_from_a_stale_page_changes_nothing()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Stalehist").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "One." });
        var history = await Forms.GetDocumentAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history");
        await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "Two." });

        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history", (IHtmlFormElement)history.QuerySelector("#revision-1 .undo-form")!, new Dictionary<string, string>());

        Assert.Equal("Two.", await factory.WithDbAsync(db => db.Jurisdictions.Where(x => x.Id == j.Id).Select(x => x.NarrativeMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_hides_a_jurisdiction_from_the_public_and_undo_brings_it_back()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Binford").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var deleted = await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#delete-form", new Dictionary<string, string>());
        var page = await Forms.ParseAsync(deleted);
        Assert.NotNull(page.QuerySelector("#deleted"));
        Assert.False(await factory.WithDbAsync(db => db.PublicJurisdictions.AnyAsync(x => x.Id == j.Id)));
        Assert.True(await factory.WithDbAsync(db => db.Jurisdictions.AnyAsync(x => x.Id == j.Id)));

        await Forms.SubmitAsync(editor.Http, EditUrl(j.Slug), "#undelete-form", new Dictionary<string, string>());

        Assert.True(await factory.WithDbAsync(db => db.PublicJurisdictions.AnyAsync(x => x.Id == j.Id)));
        var actions = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.Subject == j.Slug).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([Audit.Deleted, Audit.Undeleted], actions);
    }

    [Fact]
    public async Task An_edit_post_without_the_antiforgery_token_is_refused()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Tokenless").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var form = (IHtmlFormElement)(await Forms.GetDocumentAsync(editor.Http, EditUrl(j.Slug))).QuerySelector("#edit-form")!;
        var fields = Forms.FieldsOf(form).Where(f => f.Key != "__RequestVerificationToken").ToList();
        fields.RemoveAll(f => f.Key == "Input.Narrative");
        fields.Add(new("Input.Narrative", "Forged."));

        var response = await editor.Http.PostAsync(new Uri(EditUrl(j.Slug), UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("Forged.", await factory.WithDbAsync(db => db.Jurisdictions.Where(x => x.Id == j.Id).Select(x => x.NarrativeMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task A_new_jurisdiction_starts_as_a_draft_with_its_first_revision()
    {
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var name = $"Newtown {Guid.NewGuid():N}"[..20];

        var response = await Forms.SubmitAsync(editor.Http, "/admin/jurisdictions/new", "#new-form", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.StateCode"] = "vt",
            ["Input.StateName"] = "Vermont",
            ["Input.Type"] = "Town",
        });

        Assert.EndsWith("/edit", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var created = await db.Jurisdictions.Include(x => x.Revisions).SingleAsync(x => x.Name == name);
            Assert.False(created.IsPublished);
            Assert.Equal("VT", created.StateCode);
            Assert.Equal(JurisdictionType.Town, created.Type);
            Assert.Equal("Created", Assert.Single(created.Revisions).Summary);
        });
    }
}
