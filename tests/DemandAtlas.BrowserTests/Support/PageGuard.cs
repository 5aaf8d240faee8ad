using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>
/// Watches one browser context: every request to a host other than the app is aborted and recorded, console
/// errors and uncaught page errors are recorded, and a `securitypolicyviolation` listener collects CSP
/// violations in the page. <see cref="AssertCleanAsync"/> checks all of that plus axe-core on the current page.
/// </summary>
public sealed class PageGuard
{
    /// <summary>Runs before any page script; CSP reports land in window.__cspViolations.</summary>
    private const string CspListener = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly Uri app;
    private readonly List<string> foreignRequests = [];
    private readonly List<string> consoleErrors = [];
    private readonly Lock gate = new();

    private PageGuard(Uri app) => this.app = app;

    public static async Task<PageGuard> AttachAsync(IBrowserContext context, Uri app)
    {
        var guard = new PageGuard(app);
        await context.AddInitScriptAsync(CspListener);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == app.Host && url.Port == app.Port))
            {
                await route.ContinueAsync();
                return;
            }

            guard.Record(guard.foreignRequests, $"{route.Request.Method} {route.Request.Url}");
            await route.AbortAsync();
        });
        context.Page += (_, page) => guard.Watch(page);
        return guard;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(consoleErrors, $"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record(consoleErrors, $"{page.Url}: uncaught {error}");
    }

    private void Record(List<string> list, string entry)
    {
        lock (gate)
        {
            list.Add(entry);
        }
    }

    /// <summary>
    /// No foreign requests, console errors or CSP violations since the previous check, and no serious or
    /// critical axe findings on the current page.
    /// </summary>
    public async Task AssertCleanAsync(IPage page, bool accessibility = true)
    {
        var problems = await ProblemsAsync(page, accessibility);
        Assert.True(problems.Count == 0, "Page problems:\n" + string.Join("\n", problems));
    }

    /// <summary>What went wrong since the previous check (which it then forgets), plus axe on the current page.</summary>
    public async Task<List<string>> ProblemsAsync(IPage page, bool accessibility = true)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var csp = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        string[] foreign, errors;
        lock (gate)
        {
            (foreign, errors) = ([.. foreignRequests], [.. consoleErrors]);
            foreignRequests.Clear();
            consoleErrors.Clear();
        }

        var problems = new List<string>();
        problems.AddRange(foreign.Select(r => $"request to another host: {r}"));
        problems.AddRange(errors.Select(e => $"console error: {e}"));
        problems.AddRange(csp.Select(v => $"CSP violation on {page.Url}: {v}"));
        if (accessibility)
        {
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"axe {v.Impact} '{v.Id}' on {page.Url}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        return problems;
    }
}
