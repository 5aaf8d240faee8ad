using DemandAtlas.BrowserTests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.BrowserTests.Staff;

[Collection(BrowserSuite.Name)]
public sealed class ConflictTests(BrowserSite site)
{
    [SkippableFact]
    public async Task When_two_editors_save_the_same_profile_the_second_gets_the_conflict_page_with_their_text_intact()
    {
        var (first, firstGuard) = await site.NewPageAsync();
        var (second, secondGuard) = await site.NewPageAsync();
        var firstText = $"Saved first {Guid.NewGuid():N}"[..24];
        var secondText = $"Saved second {Guid.NewGuid():N}"[..25];
        var slug = TestProfiles.Zeta;
        var staffProblems = new List<string>();
        await Failures.ScreenshotOnFailureAsync(second, async () =>
        {
            await StaffAccounts.LogInAsync(first, await StaffAccounts.CreateAsync(site, Roles.Editor));
            await StaffAccounts.LogInAsync(second, await StaffAccounts.CreateAsync(site, Roles.Editor));

            // Both open the form on the same version.
            await first.GotoAsync(StaffAccounts.EditPath(slug));
            await second.GotoAsync(StaffAccounts.EditPath(slug));

            var box = StaffAccounts.Narrative(first);
            await box.FillAsync($"{(await box.InputValueAsync()).TrimEnd()}\n\n{firstText}.");
            await StaffAccounts.SaveAsync(first);
            Assert.False(await StaffAccounts.IsConflictAsync(first));

            box = StaffAccounts.Narrative(second);
            var secondNarrative = $"{(await box.InputValueAsync()).TrimEnd()}\n\n{secondText}.";
            await box.FillAsync(secondNarrative);
            await StaffAccounts.SaveAsync(second);

            Assert.True(await StaffAccounts.IsConflictAsync(second), "the stale save did not get a conflict page");
            var kept = await second.EvaluateAsync<string>("() => [...document.querySelectorAll('textarea')].map(t => t.value).join('\\n')");
            Assert.Contains(secondText, kept, StringComparison.Ordinal);
            // What changed meanwhile is shown too.
            Assert.Contains(firstText, await second.ContentAsync(), StringComparison.Ordinal);
            staffProblems.AddRange(await secondGuard.ProblemsAsync(second, accessibility: false));
            staffProblems.AddRange(await firstGuard.ProblemsAsync(first, accessibility: false));

            // Nothing was overwritten: the public page has the first save and not the second.
            await first.GotoAsync(TestProfiles.Profile(slug));
            var text = await first.Locator("main").InnerTextAsync();
            Assert.Contains(firstText, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secondText, text, StringComparison.Ordinal);
            await firstGuard.AssertCleanAsync(first);
            Assert.True(staffProblems.Count == 0, "Staff page problems:\n" + string.Join("\n", staffProblems.Distinct()));
        });
    }
}
