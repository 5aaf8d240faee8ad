using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DemandAtlas.Tests.Infrastructure;

/// <summary>The app with a clock the test moves by hand: every "now" the app reads must come from it.</summary>
public sealed class FakeClockFactory : AtlasFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemandAtlas:Security:LoginPermitLimit"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>
/// One clock for the whole app (the host's TimeProvider, through AtlasDb.Clock for writes): audit rows, sessions and
/// revisions are stamped with it and timeouts are measured on it, so a test can move time instead of editing rows.
/// </summary>
public sealed class ClockTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task A_login_is_audited_and_its_session_started_at_the_apps_time()
    {
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var at = factory.Clock.GetUtcNow();

        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);

        await factory.WithDbAsync(async db =>
        {
            var login = await db.AuditLog.Where(a => a.Action == Audit.Login && a.Actor == client.Email).SingleAsync();
            Assert.Equal(at, login.At);
            var session = await db.UserSessions.Where(s => s.User.Email == client.Email).SingleAsync();
            Assert.Equal(at, session.CreatedAt);
        });
    }

    [Fact]
    public async Task A_session_kept_busy_ends_at_the_absolute_timeout_by_the_apps_clock()
    {
        using var client = await Staff.LoginAsAsync(factory, Roles.Editor);
        var started = factory.Clock.GetUtcNow();

        // Active every 25 minutes (inside the idle timeout) until just short of eight hours: still signed in.
        while (factory.Clock.GetUtcNow() - started < TimeSpan.FromHours(8) - TimeSpan.FromMinutes(25))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            var page = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
            Assert.Equal("/admin", page.RequestMessage!.RequestUri!.AbsolutePath);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        var ended = factory.Clock.GetUtcNow();
        var after = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/account/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        await factory.WithDbAsync(async db =>
        {
            var session = await db.UserSessions.Where(s => s.User.Email == client.Email).SingleAsync();
            Assert.Equal(ended, session.EndedAt);
        });
    }
}
