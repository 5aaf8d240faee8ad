using DemandAtlas.BrowserTests.Support;

namespace DemandAtlas.BrowserTests.Geo;

[Collection(BrowserSuite.Name)]
public sealed class MapTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Clicking_a_point_on_the_map_of_a_filtered_list_opens_that_profile()
    {
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await page.GotoAsync("/jurisdictions?tactic=web-stings&state=vt");
            await guard.AssertCleanAsync(page);

            // Alpha has a location in its document, so it is a dot on the map; click the dot itself.
            var point = page.Locator($".us-map svg a[href='{TestProfiles.Profile(TestProfiles.Alpha)}'] :is(circle, path, use)").First;
            await Navigation.ClickAndWaitAsync(page, point);

            Assert.EndsWith(TestProfiles.Profile(TestProfiles.Alpha), new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("Synthtest Alpha", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
            await guard.AssertCleanAsync(page);
        });
    }
}
