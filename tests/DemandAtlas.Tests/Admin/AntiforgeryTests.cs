using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

/// <summary>Every state-changing admin endpoint refuses a POST without the antiforgery token.</summary>
public sealed class AntiforgeryTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Theory]
    [InlineData("/admin/jurisdictions/{slug}/edit")]
    [InlineData("/admin/jurisdictions/{slug}/edit?handler=Delete")]
    [InlineData("/admin/jurisdictions/{slug}/claims")]
    [InlineData("/admin/jurisdictions/{slug}/operations")]
    [InlineData("/admin/jurisdictions/{slug}/history?handler=Restore")]
    [InlineData("/admin/jurisdictions/new")]
    [InlineData("/admin/partners?handler=Merge")]
    [InlineData("/admin/tactics")]
    [InlineData("/admin/users?handler=Role")]
    [InlineData("/admin/users?handler=Disable")]
    [InlineData("/admin/import?handler=Commit")]
    [InlineData("/admin/warnings")]
    [InlineData("/account/logout")]
    public async Task A_post_without_the_token_gets_400_and_changes_nothing(string template)
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Forgeford").SaveAsync(db));
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);

        var response = await admin.Http.PostAsync(new Uri(template.Replace("{slug}", j.Slug, StringComparison.Ordinal), UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1", ["undo"] = "false", ["Input.Version"] = "1", ["Input.Name"] = "Forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Jurisdictions.Where(x => x.Id == j.Id).Select(x => x.Version).SingleAsync()));
    }
}
