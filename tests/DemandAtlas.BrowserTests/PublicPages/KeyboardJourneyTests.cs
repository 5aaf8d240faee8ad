using DemandAtlas.BrowserTests.Support;

namespace DemandAtlas.BrowserTests.PublicPages;

[Collection(BrowserSuite.Name)]
public sealed class KeyboardJourneyTests(BrowserSite site)
{
    [SkippableFact]
    public async Task The_same_journey_works_with_the_keyboard_alone_and_focus_stays_visible()
    {
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await page.GotoAsync("/jurisdictions");

            await Keys.TabToAsync(page, "input[name=tactic][value=web-stings]");
            await page.Keyboard.PressAsync("Space");
            await Keys.TabToAsync(page, "input[name=tactic][value=identity-disclosure]");
            await page.Keyboard.PressAsync("Space");
            await Keys.TabToAsync(page, "[name=match]");
            await Keys.ArrowToValueAsync(page, "all");
            await Keys.TabToAsync(page, "select[name=state]");
            await Keys.ArrowToValueAsync(page, "vt");
            await Keys.TabToAsync(page, "form:has(input[name=tactic]) [type=submit]");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => url.Contains("state=vt", StringComparison.OrdinalIgnoreCase));

            Assert.Contains("match=all", page.Url, StringComparison.Ordinal);
            await DirectoryJourneyTests.AssertResultsAsync(page);
            await guard.AssertCleanAsync(page);

            // The results table's link; the map's marks are links too and have their own test.
            await Keys.TabToAsync(page, $"main a[href='{TestProfiles.Profile(TestProfiles.Gamma)}']:not(svg a)");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync($"**{TestProfiles.Profile(TestProfiles.Gamma)}");
            await guard.AssertCleanAsync(page);

            await Keys.TabToAsync(page, "main a[href^='/partners/']:not(svg a)");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/partners/**");
            Assert.Contains("Synthtest Gamma", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
            await guard.AssertCleanAsync(page);
        });
    }
}
