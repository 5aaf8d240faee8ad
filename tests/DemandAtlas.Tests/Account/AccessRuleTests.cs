using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Account;

public sealed class AccessRuleTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    public static TheoryData<string> StaffPages => new()
    {
        "/admin",
        "/admin/jurisdictions",
        "/admin/jurisdictions/new",
        "/admin/partners",
        "/admin/import",
        "/admin/warnings",
    };

    public static TheoryData<string> JurisdictionPages => new()
    {
        "/admin/jurisdictions/{slug}/edit",
        "/admin/jurisdictions/{slug}/claims",
        "/admin/jurisdictions/{slug}/operations",
        "/admin/jurisdictions/{slug}/history",
    };

    public static TheoryData<string> AdminOnlyPages => new()
    {
        "/admin/users",
        "/admin/tactics",
        "/admin/audit",
    };

    [Theory]
    [MemberData(nameof(StaffPages))]
    [MemberData(nameof(AdminOnlyPages))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        using var client = Staff.NewClient(factory, followRedirects: false);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task A_signed_in_account_without_a_role_gets_403(string url)
    {
        using var client = await Staff.LoginAsAsync(factory, role: null);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied", (await Forms.ParseAsync(response)).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(AdminOnlyPages))]
    public async Task Editors_get_403_on_admin_only_pages(string url)
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task Editors_can_open_staff_pages(string url)
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    [MemberData(nameof(AdminOnlyPages))]
    public async Task Admins_can_open_every_admin_page(string url)
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(JurisdictionPages))]
    public async Task Jurisdiction_pages_redirect_anonymous_visitors_forbid_roleless_accounts_and_open_for_editors(string template)
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Guarded").SaveAsync(db));
        var url = new Uri(template.Replace("{slug}", j.Slug, StringComparison.Ordinal), UriKind.Relative);
        using var anonymous = Staff.NewClient(factory, followRedirects: false);
        using var roleless = await Staff.LoginAsAsync(factory, role: null);
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var redirect = await anonymous.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/account/login", redirect.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await roleless.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync(url)).StatusCode);
    }
}
