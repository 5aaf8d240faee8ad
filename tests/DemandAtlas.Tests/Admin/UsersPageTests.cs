using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class UsersPageTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task Promoting_an_editor_is_audited_and_their_old_session_must_sign_in_again()
    {
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == editor.Email).Select(u => u.Id).SingleAsync());
        var users = await Forms.GetDocumentAsync(admin.Http, "/admin/users");
        var form = users.QuerySelectorAll(".role-form").Cast<AngleSharp.Html.Dom.IHtmlFormElement>().Single(f => f.QuerySelector("input[name=id]")!.GetAttribute("value") == id);

        await Forms.SubmitAsync(admin.Http, "/admin/users", form, new Dictionary<string, string> { ["role"] = Roles.Admin });

        var after = await editor.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        await Staff.LoginAsync(editor, editor.Email);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await editor.Http.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        var entry = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Action == Audit.RoleChanged && a.Subject == editor.Email));
        Assert.Equal(admin.Email, entry.Actor);
    }

    [Fact]
    public async Task Disabling_a_user_from_the_users_page_cuts_them_off()
    {
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == editor.Email).Select(u => u.Id).SingleAsync());
        var users = await Forms.GetDocumentAsync(admin.Http, "/admin/users");
        var form = users.QuerySelectorAll(".disable-form").Cast<AngleSharp.Html.Dom.IHtmlFormElement>().Single(f => f.QuerySelector("input[name=id]")!.GetAttribute("value") == id);

        await Forms.SubmitAsync(admin.Http, "/admin/users", form, new Dictionary<string, string>());

        var after = await editor.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == Audit.UserDisabled && a.Subject == editor.Email)));
    }
}
