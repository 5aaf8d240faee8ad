using DemandAtlas.BrowserTests.Support;
using DemandAtlas.Testing;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Staff;

[Collection(BrowserSuite.Name)]
public sealed class ReviewKeyboardTests(BrowserSite site)
{
    [SkippableFact]
    public async Task An_editor_confirms_one_claim_and_rejects_the_next_from_the_keyboard_and_the_public_profile_follows()
    {
        ExternalTools.Require(BrowserSite.Chromium, "apt-get install chromium");
        var slug = await AddPlaceAsync();
        var email = await StaffAccounts.CreateAsync(site, Roles.Editor);
        var (page, guard) = await site.NewPageAsync();
        await Failures.ScreenshotOnFailureAsync(page, async () =>
        {
            await StaffAccounts.LogInAsync(page, email);
            await page.GotoAsync($"/admin/review?place={slug}");
            Assert.True(await page.Locator("#review-keys").IsVisibleAsync(), "the queue's script did not start");
            var rows = page.Locator("article.review-item h3");
            Assert.Equal(["Cameras", "Web Stings"], await rows.AllInnerTextsAsync());
            var problems = await guard.ProblemsAsync(page, accessibility: true);

            await page.Keyboard.PressAsync("j");
            Assert.Equal("Cameras", await FocusedClaimAsync(page));
            await PressAndWaitAsync(page, "c");

            Assert.Contains("Confirmed 1 claim", await page.Locator(".admin-ok").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(["Web Stings"], await rows.AllInnerTextsAsync());
            // Focus came back to the same place in the queue, where the next claim now is.
            Assert.Equal("Web Stings", await FocusedClaimAsync(page));
            await PressAndWaitAsync(page, "r");

            Assert.Contains("Rejected 1 claim", await page.Locator(".admin-ok").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("article.review-item").CountAsync());
            problems.AddRange(await guard.ProblemsAsync(page, accessibility: false));
            Assert.True(problems.Count == 0, "Review page problems:\n" + string.Join("\n", problems.Distinct()));

            await page.GotoAsync(TestProfiles.Profile(slug));
            var tactics = await page.Locator("#tactics-heading").Locator("xpath=..").InnerTextAsync();
            Assert.Contains("Cameras", tactics, StringComparison.Ordinal);
            Assert.DoesNotContain("Web Stings", tactics, StringComparison.Ordinal);
        });
    }

    private static async Task PressAndWaitAsync(IPage page, string key)
    {
#pragma warning disable CS0612 // A plain form post and redirect, as in Navigation.ClickAndWaitAsync.
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync(key));
#pragma warning restore CS0612
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static Task<string?> FocusedClaimAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement?.closest('.review-item')?.querySelector('h3')?.textContent.trim() ?? null");

    /// <summary>A place of this test's own: a pending claim (hidden from the public) and an inferred one.</summary>
    private async Task<string> AddPlaceAsync()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        var tactics = await db.Tactics.ToDictionaryAsync(t => t.Slug, t => t.Id);
        var name = $"Keyreview {Guid.NewGuid():N}"[..18];
        var now = DateTimeOffset.UtcNow;
        var place = new Jurisdiction
        {
            Slug = $"{name.ToLowerInvariant().Replace(' ', '-')}-vt",
            Name = name,
            StateCode = "VT",
            StateName = "Vermont",
            Type = JurisdictionType.Town,
            NarrativeMarkdown = "A place made by the keyboard review test.",
            NarrativeHtml = "<p>A place made by the keyboard review test.</p>",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            Claims =
            [
                new TacticClaim { TacticId = tactics["cameras"], Status = ClaimStatus.Pending, Evidence = [new Evidence { Kind = EvidenceKind.Listed, Text = "Cameras", Line = 9 }] },
                new TacticClaim { TacticId = tactics["web-stings"], Status = ClaimStatus.Inferred, Evidence = [new Evidence { Kind = EvidenceKind.Narrative, Text = "Detectives answered ads as decoys.", Line = 4 }] },
            ],
        };
        db.Jurisdictions.Add(place);
        await db.SaveChangesAsync();
        return place.Slug;
    }
}
