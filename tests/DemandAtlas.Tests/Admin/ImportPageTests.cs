using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class ImportPageTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    private static string Document(string town, int population, string extraSentence = "")
    {
        var seed = File.ReadAllText(Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "seeds", "000_1e4370576aede26b.txt"));
        return seed.Replace("Westborough, MA", $"{town}, MA", StringComparison.Ordinal)
            .Replace("Population 18272", $"Population {population}", StringComparison.Ordinal)
            .Replace("Westborough is a town", $"{extraSentence}Westborough is a town", StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> PreviewAsync(StaffClient client, params (string Name, string Text)[] files)
    {
        var page = await Forms.GetDocumentAsync(client.Http, "/admin/import");
        var form = (IHtmlFormElement)page.QuerySelector("#upload-form")!;
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in Forms.FieldsOf(form))
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, text) in files)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(file, "files", name);
        }

        var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await Forms.ParseAsync(response);
    }

    private static async Task<IHtmlDocument> CommitAsync(StaffClient client, IHtmlDocument preview) =>
        await Forms.ParseAsync(await Forms.SubmitAsync(client.Http, "/admin/import", (IHtmlFormElement)preview.QuerySelector("#commit-form")!, new Dictionary<string, string>()));

    [Fact]
    public async Task A_preview_changes_nothing_reports_every_file_and_commit_then_imports()
    {
        var town = $"Previewton{Guid.NewGuid():N}"[..20];
        var slug = Slugs.ForJurisdiction(town, "MA");
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var preview = await PreviewAsync(editor, ("good.txt", Document(town, 1234)), ("empty.txt", ""));

        var rows = preview.QuerySelectorAll("#results tbody tr").ToList();
        Assert.Equal(["good.txt", "empty.txt"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Equal("Created", rows[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Contains(rows[0].QuerySelectorAll("li"), li => li.GetAttribute("data-code") == WarningCodes.MenuTacticsBlock);
        Assert.Equal("Failed", rows[1].QuerySelectorAll("td")[1].TextContent);
        Assert.NotNull(rows[1].QuerySelector("li.issue-error"));
        Assert.False(await factory.WithDbAsync(db => db.Jurisdictions.AnyAsync(j => j.Slug == slug)));

        var committed = await CommitAsync(editor, preview);

        Assert.Equal("Imported", committed.QuerySelector("h2")!.TextContent);
        Assert.Equal(1234, await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Slug == slug).Select(j => j.Population).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "import" && a.Actor == editor.Email)));
    }

    [Fact]
    public async Task A_reimport_reports_the_conflict_and_leaves_the_staff_edit_standing()
    {
        var town = $"Conflictham{Guid.NewGuid():N}"[..20];
        var slug = Slugs.ForJurisdiction(town, "MA");
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        await CommitAsync(editor, await PreviewAsync(editor, ("v1.txt", Document(town, 1000))));
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{slug}/edit", "#edit-form", new Dictionary<string, string> { ["Input.Population"] = "2000" });

        var preview = await PreviewAsync(editor, ("v2.txt", Document(town, 3000, "A new paragraph from the updated document. ")));

        var conflict = Assert.Single(preview.QuerySelectorAll("#results li.issue-conflict"));
        Assert.Contains("Population", conflict.TextContent, StringComparison.Ordinal);
        await CommitAsync(editor, preview);
        await factory.WithDbAsync(async db =>
        {
            var j = await db.Jurisdictions.SingleAsync(x => x.Slug == slug);
            Assert.Equal(2000, j.Population);
            Assert.Contains("A new paragraph from the updated document.", j.NarrativeMarkdown, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Another_users_preview_token_cannot_be_committed()
    {
        var town = $"Tokenbury{Guid.NewGuid():N}"[..20];
        using var owner = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var other = await Staff.LoginAsAsync(factory, Roles.Editor);
        var preview = await PreviewAsync(owner, ("doc.txt", Document(town, 500)));
        var token = preview.QuerySelector("#commit-form input[name=token]")!.GetAttribute("value")!;

        var page = await Forms.ParseAsync(await PostCommitAsync(other, token));

        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.False(await factory.WithDbAsync(db => db.Jurisdictions.AnyAsync(j => j.Slug == Slugs.ForJurisdiction(town, "MA"))));
    }

    private static async Task<HttpResponseMessage> PostCommitAsync(StaffClient client, string token)
    {
        var page = await Forms.GetDocumentAsync(client.Http, "/admin/import");
        var antiforgery = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(new Uri("/admin/import?handler=Commit", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }
}
