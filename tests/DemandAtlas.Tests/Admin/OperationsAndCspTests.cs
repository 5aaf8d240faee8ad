using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class OperationsAndCspTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task Editing_and_deleting_operations_saves_each_as_a_revision()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Opsburg")
            .WithOperation(2017, 1, 10, ["reverse-stings"], ["Opsburg Police"], summary: "First sting.")
            .WithOperation(2019, null, 4, ["web-stings"], summary: "Second sting.").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var url = $"/admin/jurisdictions/{j.Slug}/operations";

        await Forms.SubmitAsync(editor.Http, url, "#operation-0", new Dictionary<string, string> { ["Input.Arrests"] = "12", ["Input.Day"] = "5" });
        await Forms.SubmitAsync(editor.Http, url, "#operation-1", new Dictionary<string, string>(), submitName: "delete");

        await factory.WithDbAsync(async db =>
        {
            var op = await db.Operations.Include(o => o.Tactics).ThenInclude(t => t.Tactic).Include(o => o.Partners).ThenInclude(p => p.Partner).SingleAsync(o => o.JurisdictionId == j.Id);
            Assert.Equal((2017, 1, 5, 12), (op.Year, op.Month!.Value, op.Day!.Value, op.Arrests!.Value));
            Assert.Equal("reverse-stings", Assert.Single(op.Tactics).Tactic.Slug);
            Assert.Equal("Opsburg Police", Assert.Single(op.Partners).Partner.Name);
            Assert.Equal(["Edited an operation", "Deleted an operation"], await db.Revisions.Where(r => r.JurisdictionId == j.Id).OrderBy(r => r.Number).Select(r => r.Summary).ToListAsync());
        });
    }

    [Fact]
    public async Task Admin_pages_carry_no_inline_script_or_style_for_the_strict_csp()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Cspville").WithTactic("letters").WithOperation(2020, 1, 1, ["letters"]).SaveAsync(db));
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);
        await Forms.SubmitAsync(admin.Http, $"/admin/jurisdictions/{j.Slug}/edit", "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "Changed." });
        string[] urls =
        [
            "/admin", "/admin/jurisdictions", "/admin/jurisdictions/new", $"/admin/jurisdictions/{j.Slug}/edit", $"/admin/jurisdictions/{j.Slug}/claims",
            $"/admin/jurisdictions/{j.Slug}/operations", $"/admin/jurisdictions/{j.Slug}/history", "/admin/partners", "/admin/tactics", "/admin/users",
            "/admin/audit", "/admin/import", "/admin/warnings", "/account/login",
        ];

        foreach (var url in urls)
        {
            var page = await Forms.GetDocumentAsync(admin.Http, url);
            Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.NotNull(page.QuerySelector("link[href^='/css/admin.css']"));
        }
    }
}
