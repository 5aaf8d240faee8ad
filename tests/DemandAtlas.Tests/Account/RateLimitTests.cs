using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Account;

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Login_posts_beyond_the_limit_get_429_while_the_login_page_still_loads()
    {
        var email = await Staff.CreateUserAsync(factory, Roles.Editor);
        using var client = Staff.NewClient(factory, email);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedFactory.Limit + 2; i++)
        {
            statuses.Add((await Staff.LoginAsync(client, email, "wrong wrong wrong wrong")).StatusCode);
        }

        Assert.All(statuses.Take(RateLimitedFactory.Limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(RateLimitedFactory.Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
    }
}
