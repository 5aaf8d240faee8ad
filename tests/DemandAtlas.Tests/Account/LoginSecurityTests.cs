using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Account;

public sealed class LoginSecurityTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_password_fails()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Editor);
        using var client = Staff.NewClient(factory, email);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Staff.LoginAsync(client, email, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await Staff.LoginAsync(client, email);
        var page = await Forms.ParseAsync(right);

        Assert.Contains("locked", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, (await Staff.NewClient(factory, followRedirects: false).Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.NotNull(user.LockoutEnd);
            Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
            Assert.Contains(await db.AuditLog.Where(a => a.Subject == email).Select(a => a.Action).ToListAsync(), a => a == Audit.LockedOut);
        });
        var admin = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal("/account/login", admin.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Admin);
        using var client = Staff.NewClient(factory, email);
        await client.Http.GetAsync(new Uri("/account/login", UriKind.Relative));

        var response = await client.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Staff.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_secure_and_same_site_strict()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Editor);
        using var client = Staff.NewClient(factory, email, followRedirects: false);

        var response = await Staff.LoginAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-atlas-staff=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal) || a.StartsWith("max-age=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_logout_a_copied_cookie_no_longer_works()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var copy = Staff.CopyOf(factory, client);
        Assert.Equal(HttpStatusCode.OK, (await copy.Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        var logout = await Forms.SubmitAsync(client.Http, "/admin", "#logout-form", new Dictionary<string, string>());
        Assert.Equal("/account/login", logout.RequestMessage!.RequestUri!.AbsolutePath);

        var replay = await copy.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_user_is_cut_off_on_their_next_request()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == client.Email);
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        });

        var after = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        var again = await Staff.LoginAsync(client, client.Email);
        Assert.Equal("/account/login", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_session_idle_past_the_timeout_is_rejected()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == client.Email).Select(u => u.Id).SingleAsync();
            var stale = DateTimeOffset.UtcNow.AddHours(-2);
            await db.UserSessions.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, stale));
        });

        var after = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_session_older_than_the_absolute_timeout_is_rejected_however_active()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == client.Email).Select(u => u.Id).SingleAsync();
            var old = DateTimeOffset.UtcNow.AddHours(-9);
            await db.UserSessions.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, old));
        });

        var after = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Logins_and_failed_logins_are_written_to_the_audit_log()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Editor);
        using var client = Staff.NewClient(factory, email);
        await Staff.LoginAsync(client, email, "wrong wrong wrong wrong");
        await Staff.LoginAsync(client, email);

        var actions = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.Subject == email).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

        Assert.Equal([Audit.LoginFailed, Audit.Login], actions);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);

        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_pbkdf2_at_210000_iterations_or_more()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Editor);
        var hash = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(hash!);
        Assert.Equal(0x01, bytes[0]);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task Short_or_common_passwords_are_refused(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
        var email = $"weak-{Guid.NewGuid():N}@example.test";

        var result = await users.CreateAsync(new AtlasUser { UserName = email, Email = email }, password);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_long_password_without_digits_or_symbols_is_accepted()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
        var email = $"strong-{Guid.NewGuid():N}@example.test";

        var result = await users.CreateAsync(new AtlasUser { UserName = email, Email = email }, "harbour lantern quietly");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
