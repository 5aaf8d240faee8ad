using DemandAtlas.Tests.Support;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Account;

public sealed class UsersVerbTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    private async Task<(int Code, string Output, string Errors)> RunAsync(string? stdin, params string[] args)
    {
        _ = factory.Server;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        using var input = stdin is null ? null : new StringReader(stdin);
        var code = await UsersVerb.RunAsync(factory.Services, args, input, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Add_reads_the_password_from_stdin_and_the_new_admin_can_sign_in()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@example.test";

        var (code, output, _) = await RunAsync("tidal meadow lantern", "add", email, "--role", "admin");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("role Admin", output, StringComparison.Ordinal);
        using var client = Staff.NewClient(factory, email);
        var response = await Staff.LoginAsync(client, email, "tidal meadow lantern");
        Assert.Equal("/admin", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        var (_, list, _) = await RunAsync(null, "list");
        Assert.Contains($"{email}\tAdmin\tactive", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_on_the_command_line_is_not_accepted()
    {
        var email = $"argv-{Guid.NewGuid():N}@example.test";

        var (code, _, errors) = await RunAsync("", "add", email, "--role", "Editor", "--password", "tidal meadow lantern");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("usage", errors, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Weak_passwords_and_unknown_roles_are_refused()
    {
        var email = $"weak-{Guid.NewGuid():N}@example.test";

        Assert.Equal(ExitCodes.Failed, (await RunAsync("password1234", "add", email, "--role", "Editor")).Code);
        Assert.Equal(ExitCodes.Usage, (await RunAsync("tidal meadow lantern", "add", email, "--role", "Owner")).Code);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Disable_and_reset_password_work_by_email()
    {
        var email = $"ops-{Guid.NewGuid():N}@example.test";
        await RunAsync("tidal meadow lantern", "add", email, "--role", "Editor");

        Assert.Equal(ExitCodes.Success, (await RunAsync("another calm harbour", "reset-password", email)).Code);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, "another calm harbour"));
        }

        Assert.Equal(ExitCodes.Success, (await RunAsync(null, "disable", email)).Code);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.IsDisabled).SingleAsync()));
        Assert.Equal(ExitCodes.Failed, (await RunAsync(null, "disable", "nobody@example.test")).Code);
    }
}
