using System.Net;
using DemandAtlas.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Infrastructure;

/// <summary>The app plus one route that throws after every real endpoint had its chance, to exercise the 500 page.</summary>
public sealed class FailingAtlasFactory : AtlasFactory
{
    public const string FailingPath = "/__test/throws";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingRoute>());
    }

    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) =>
                context.Request.Path == FailingPath ? throw new InvalidOperationException("secret internal detail") : rest(context));
        };
    }
}

public sealed class SecurityHeadersTests(FailingAtlasFactory factory) : IClassFixture<FailingAtlasFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/api/tactics", HttpStatusCode.OK)]
    [InlineData("/jurisdictions/no-such-place", HttpStatusCode.NotFound)]
    [InlineData("/jurisdictions?page=abc", HttpStatusCode.BadRequest)]
    [InlineData(FailingAtlasFactory.FailingPath, HttpStatusCode.InternalServerError)]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Trace_is_refused_with_405()
    {
        using var request = new HttpRequestMessage(new HttpMethod("TRACE"), new Uri("/", UriKind.Relative));
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_server_error_shows_a_friendly_page_with_a_correlation_id_and_no_stack_trace()
    {
        var (response, page) = await client.GetPageAsync(FailingAtlasFactory.FailingPath);
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong on our side", page.QuerySelector("h1")!.TextContent);
        Assert.Matches("^[0-9a-f]{32}$", page.QuerySelector(".correlation code")!.TextContent);
        Assert.DoesNotContain("secret internal detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_a_one_year_hsts_header()
    {
        var secure = factory.CreateClient(new() { BaseAddress = new Uri("https://atlas.example") });

        var response = await secure.GetAsync(new Uri("/", UriKind.Relative));

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/css/site.css", "br")]
    [InlineData("/jurisdictions", "gzip")]
    public async Task Pages_and_static_text_are_compressed(string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404_page()
    {
        var (response, page) = await client.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a.skip-link"));
    }

    [Fact]
    public async Task An_unknown_api_address_gets_a_problem_document_not_a_page()
    {
        var response = await client.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versioned_static_files_are_cacheable_for_a_year()
    {
        var (_, page) = await client.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(css, UriKind.Relative));

        Assert.Contains("?v=", css, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
