using DemandAtlas.BrowserTests.Support;
using DemandAtlas.Testing;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.PublicPages;

[Collection(BrowserSuite.Name)]
public sealed class DirectoryJourneyTests(BrowserSite site)
{
    [SkippableFact]
    public async Task A_visitor_ticks_two_tactics_and_a_state_reads_the_results_and_follows_one_to_its_profile_and_a_partner()
    {
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await page.GotoAsync("/jurisdictions");
            await guard.AssertCleanAsync(page);

            var form = FilterForm(page);
            await form.Locator("input[name=tactic][value=web-stings]").CheckAsync();
            await form.Locator("input[name=tactic][value=identity-disclosure]").CheckAsync();
            await ChooseMatchAllAsync(form);
            await form.Locator("select[name=state]").SelectOptionAsync(new SelectOptionValue { Label = "Vermont" });
            await form.Locator("[type=submit]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("state=vt", StringComparison.OrdinalIgnoreCase));

            await AssertResultsAsync(page);
            await guard.AssertCleanAsync(page);

            await page.Locator($"main a[href='{TestProfiles.Profile(TestProfiles.Alpha)}']").First.ClickAsync();
            await page.WaitForURLAsync($"**{TestProfiles.Profile(TestProfiles.Alpha)}");
            Assert.Contains("Synthtest Alpha", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Web Stings", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await guard.AssertCleanAsync(page);

            await page.Locator($"main a[href='{TestProfiles.Partner(TestProfiles.Sheriff)}']").First.ClickAsync();
            await page.WaitForURLAsync($"**{TestProfiles.Partner(TestProfiles.Sheriff)}");
            Assert.Contains("Synthtest County Sheriff", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
            // The partner page lists every jurisdiction it worked with, including ones outside the filter.
            Assert.True(await page.Locator($"main a[href='{TestProfiles.Profile(TestProfiles.Beta)}']").CountAsync() > 0);
            await guard.AssertCleanAsync(page);
        });
    }

    [SkippableFact]
    public async Task The_CSV_download_of_a_filtered_list_arrives_and_parses_with_exactly_the_matching_rows()
    {
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await page.GotoAsync("/jurisdictions?tactic=web-stings&tactic=identity-disclosure&match=all&state=vt");
            await guard.AssertCleanAsync(page);

            var download = await page.RunAndWaitForDownloadAsync(
                () => page.Locator("main a[href*='jurisdictions.csv']").First.ClickAsync());
            Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
            var rows = CsvText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));

            Assert.True(rows.Count == 3, $"expected a header and 2 rows, got {rows.Count}: {string.Join(" / ", rows.Select(r => string.Join(",", r)))}");
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
            var body = string.Join("\n", rows.Skip(1).Select(r => string.Join("|", r)));
            Assert.Contains("Synthtest Alpha", body, StringComparison.Ordinal);
            Assert.Contains("Synthtest Gamma", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Synthtest Beta", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Synthtest Delta", body, StringComparison.Ordinal);
        });
    }

    internal static ILocator FilterForm(IPage page) =>
        page.Locator("form").Filter(new LocatorFilterOptions { Has = page.Locator("input[name=tactic]") }).First;

    /// <summary>match=all may be a radio pair or a select; either is fine.</summary>
    internal static async Task ChooseMatchAllAsync(ILocator form)
    {
        var radio = form.Locator("input[name=match][value=all]");
        if (await radio.CountAsync() > 0)
        {
            await radio.CheckAsync();
        }
        else
        {
            await form.Locator("select[name=match]").SelectOptionAsync("all");
        }
    }

    /// <summary>Alpha and Gamma listed; Beta (one tactic) and Delta (another state) not.</summary>
    internal static async Task AssertResultsAsync(IPage page)
    {
        foreach (var expected in new[] { TestProfiles.Alpha, TestProfiles.Gamma })
        {
            Assert.True(await page.Locator($"main a[href='{TestProfiles.Profile(expected)}']").CountAsync() > 0, $"{expected} missing from the results");
        }

        foreach (var excluded in new[] { TestProfiles.Beta, TestProfiles.Delta })
        {
            Assert.Equal(0, await page.Locator($"main a[href='{TestProfiles.Profile(excluded)}']").CountAsync());
        }
    }
}
