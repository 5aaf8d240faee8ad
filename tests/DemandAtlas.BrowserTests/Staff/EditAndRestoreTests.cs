using System.Text.RegularExpressions;
using DemandAtlas.BrowserTests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Staff;

[Collection(BrowserSuite.Name)]
public sealed partial class EditAndRestoreTests(BrowserSite site)
{
    [SkippableFact]
    public async Task An_editor_logs_in_edits_a_narrative_sees_it_in_public_and_restores_an_earlier_revision_from_the_history()
    {
        var email = await StaffAccounts.CreateAsync(site, Roles.Editor);
        var (page, guard) = await site.NewPageAsync();
        var first = $"First browser edit {Guid.NewGuid():N}"[..30];
        var second = $"Second browser edit {Guid.NewGuid():N}"[..31];
        var slug = TestProfiles.Epsilon;
        // Staff pages get the same CSP and console checks, reported at the end so the journey itself is proven first.
        var staffProblems = new List<string>();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await StaffAccounts.LogInAsync(page, email);
            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));

            await StaffAccounts.EditNarrativeAsync(page, slug, text => $"{text.TrimEnd()}\n\n{first}.");
            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            await AssertPublicNarrativeAsync(page, guard, slug, shows: first, hides: null);

            await StaffAccounts.EditNarrativeAsync(page, slug, text => text.Replace(first, second, StringComparison.Ordinal));
            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            await AssertPublicNarrativeAsync(page, guard, slug, shows: second, hides: first);

            await page.GotoAsync(StaffAccounts.HistoryPath(slug));
            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            // The revision made by the first edit: it mentions the first text and not the second.
            var revision = page.Locator("main :is(li, article, section, tr, div)")
                .Filter(new LocatorFilterOptions { HasText = first })
                .Filter(new LocatorFilterOptions { HasNotText = second })
                .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = Restore() }) })
                .Last;
            await Navigation.ClickAndWaitAsync(page, revision.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Restore() }).First);
            // A confirmation step, if the history asks for one.
            var confirm = page.Locator("main form").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = Restore() });
            if (!page.Url.Contains("/history", StringComparison.Ordinal) && await confirm.CountAsync() == 1)
            {
                await Navigation.ClickAndWaitAsync(page, confirm);
            }

            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            await AssertPublicNarrativeAsync(page, guard, slug, shows: first, hides: second);
            await page.GotoAsync(StaffAccounts.HistoryPath(slug));
            Assert.Matches(Restore(), await page.Locator("main").InnerTextAsync());
            staffProblems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            Assert.True(staffProblems.Count == 0, "Staff page problems:\n" + string.Join("\n", staffProblems.Distinct()));
        });
    }

    private static async Task AssertPublicNarrativeAsync(IPage page, PageGuard guard, string slug, string shows, string? hides)
    {
        await page.GotoAsync(TestProfiles.Profile(slug));
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains(shows, text, StringComparison.Ordinal);
        if (hides is not null)
        {
            Assert.DoesNotContain(hides, text, StringComparison.Ordinal);
        }

        await guard.AssertCleanAsync(page);
    }

    [GeneratedRegex("restor", RegexOptions.IgnoreCase)]
    private static partial Regex Restore();
}
