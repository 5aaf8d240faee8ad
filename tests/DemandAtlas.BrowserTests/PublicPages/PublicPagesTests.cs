using DemandAtlas.BrowserTests.Support;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.PublicPages;

[Collection(BrowserSuite.Name)]
public sealed class PublicPagesTests(BrowserSite site)
{
    /// <summary>Issue 5's page-weight budget for the jurisdiction list, cold cache, everything it loads.</summary>
    private const long ListBudgetBytes = 150_000;

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/jurisdictions?page=2")]
    [InlineData("/jurisdictions/westborough-ma")]
    [InlineData("/tactics")]
    [InlineData("/tactics/web-stings")]
    [InlineData("/states/vt")]
    [InlineData("/partners/synthtest-alpha-police-department")]
    public async Task Each_public_page_loads_only_from_the_app_with_no_console_errors_CSP_violations_or_serious_accessibility_faults(string path)
    {
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await guard.AssertCleanAsync(page);
        }, $"Public_page_{path.Trim('/').Replace('/', '_').Replace('?', '_')}");
    }

    [SkippableFact]
    public async Task Pages_arrive_with_the_security_headers_and_the_server_refuses_TRACE()
    {
        var (page, _) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            var response = await page.GotoAsync("/jurisdictions");
            var headers = await response!.AllHeadersAsync();

            var csp = headers["content-security-policy"];
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
            Assert.True(headers.ContainsKey("referrer-policy"));
            Assert.False(headers.ContainsKey("server"), "the Server header gives the stack away");

            var trace = await page.APIRequest.FetchAsync("/", new APIRequestContextOptions { Method = "TRACE" });
            Assert.True(trace.Status is 405 or 501, $"TRACE answered {trace.Status}");
        });
    }

    [SkippableFact]
    public async Task The_jurisdiction_list_first_load_transfers_under_150_KB()
    {
        var (page, guard) = await site.NewPageAsync();
        var transfers = new List<Task<(string Url, long Bytes)>>();
        page.RequestFinished += (_, request) => transfers.Add(SizeAsync(request));
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await page.GotoAsync("/jurisdictions");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var sizes = await Task.WhenAll(transfers);
            var total = sizes.Sum(s => s.Bytes);

            Assert.True(total < ListBudgetBytes,
                $"/jurisdictions first load transferred {total:N0} bytes: " + string.Join(", ", sizes.OrderByDescending(s => s.Bytes).Select(s => $"{s.Url} {s.Bytes:N0}")));
            Assert.Contains(sizes, s => s.Url.Contains("/jurisdictions", StringComparison.Ordinal));
            await guard.AssertCleanAsync(page, accessibility: false);
        });
    }

    private static async Task<(string, long)> SizeAsync(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (request.Url, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
    }
}
