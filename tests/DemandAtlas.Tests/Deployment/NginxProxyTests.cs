using System.Net;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Deployment;

/// <summary>
/// deploy/nginx/demandatlas.conf in front of the app: the login rate limit, the audit trail and the scheme follow the
/// client nginx saw, and forwarded headers from anyone but the proxy are ignored.
/// </summary>
public sealed class NginxProxyTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    private const string WrongPassword = "not the password at all";

    private void RequireNginx()
    {
        if (site.Missing is not null)
        {
            ExternalTools.Unavailable(site.Missing);
        }
    }

    private static Task<HttpResponseMessage> FailLoginAsync(HttpClient client, string email) =>
        Forms.SubmitAsync(client, "/account/login", "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WrongPassword,
        });

    [SkippableFact]
    public async Task The_login_rate_limit_counts_each_client_nginx_forwards_separately()
    {
        RequireNginx();
        var email = $"proxied-{Guid.NewGuid():N}@example.test";
        using var first = site.ClientFrom("127.0.0.2", site.Https);
        using var second = site.ClientFrom("127.0.0.3", site.Https);

        var firstStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < ProxiedSite.LoginLimit + 1; i++)
        {
            firstStatuses.Add((await FailLoginAsync(first, email)).StatusCode);
        }

        var secondStatus = (await FailLoginAsync(second, email)).StatusCode;

        Assert.All(firstStatuses.Take(ProxiedSite.LoginLimit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, firstStatuses[^1]);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        var audited = await site.FailedLoginAddressesAsync(email);
        Assert.Equal(["127.0.0.2", "127.0.0.2", "127.0.0.2", "127.0.0.3"], audited.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_forwarded_address_sent_straight_to_the_app_by_anyone_but_the_proxy_is_ignored()
    {
        RequireNginx();
        var email = $"spoofer-{Guid.NewGuid():N}@example.test";
        using var proxied = site.ClientFrom("127.0.0.5", site.Https);
        using var spoofer = site.ClientFrom("127.0.0.9", site.Direct);
        // The spoofer claims to be the proxied client; were it believed, it would use up that client's logins.
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.5");
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        // Not a loopback name, which HSTS leaves out, so its absence below means the scheme was not believed.
        spoofer.DefaultRequestHeaders.Host = "atlas.example.org";

        var spoofed = new List<HttpStatusCode>();
        for (var i = 0; i < ProxiedSite.LoginLimit + 1; i++)
        {
            spoofed.Add((await FailLoginAsync(spoofer, email)).StatusCode);
        }

        var proxiedStatus = (await FailLoginAsync(proxied, email)).StatusCode;
        using var direct = await spoofer.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed[^1]);
        Assert.Equal(HttpStatusCode.OK, proxiedStatus);
        var audited = await site.FailedLoginAddressesAsync(email);
        Assert.Contains("127.0.0.9", audited);
        Assert.Single(audited, ip => ip == "127.0.0.5");
        // Nor is its scheme: a plain-HTTP request stays plain HTTP, so no HSTS header.
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    [SkippableFact]
    public async Task Through_nginx_the_app_knows_the_request_was_https_and_plain_http_only_redirects()
    {
        RequireNginx();
        using var client = site.ClientFrom("127.0.0.6", site.Https);
        using var plain = site.ClientFrom("127.0.0.6", site.Http);
        // The site's name, as a browser would send it; HSTS is never sent for loopback names.
        client.DefaultRequestHeaders.Host = "atlas.example.org";

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var redirect = await plain.GetAsync(new Uri("/jurisdictions?state=VT", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // HSTS is only sent on requests the app believes were HTTPS.
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "the app did not see the forwarded https scheme");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https", redirect.Headers.Location!.Scheme);
        Assert.EndsWith("/jurisdictions?state=VT", redirect.Headers.Location.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nginx_serves_versioned_static_files_for_a_year_and_unversioned_ones_for_an_hour()
    {
        RequireNginx();
        using var client = site.ClientFrom("127.0.0.7", site.Https);

        using var versioned = await client.GetAsync(new Uri("/css/site.css?v=abc123", UriKind.Relative));
        using var plain = await client.GetAsync(new Uri("/geo/states.svg", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/js/nothing-here.js?v=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal("text/css", versioned.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", versioned.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("public, max-age=3600", plain.Headers.CacheControl!.ToString());
        Assert.Equal("image/svg+xml", plain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
