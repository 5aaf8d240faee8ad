using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

public static class Navigation
{
    /// <summary>
    /// Clicks and waits for the page the click leads to. Form posts here may come back to the same URL (a
    /// conflict page, a redirect to the same form), so waiting for a URL change would not do.
    /// </summary>
    public static async Task ClickAndWaitAsync(IPage page, ILocator target)
    {
#pragma warning disable CS0612 // Marked obsolete for racy use with client-side routing; these are plain full-page navigations.
        await page.RunAndWaitForNavigationAsync(() => target.ClickAsync());
#pragma warning restore CS0612
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
