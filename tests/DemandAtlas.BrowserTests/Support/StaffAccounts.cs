using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>Staff accounts made through the app's own Identity services, and login through the real form.</summary>
public static partial class StaffAccounts
{
    /// <summary>Long enough for the policy and not on the common-password list.</summary>
    public const string Password = "violet harbour kettle 2094";

    public static async Task<string> CreateAsync(BrowserSite site, string role)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
        var email = $"browser-{Guid.NewGuid():N}@example.test";
        var user = new AtlasUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    public static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        var form = page.Locator("form:has(input[type=password])");
        await form.Locator("input[autocomplete=username], input[type=email], input[name$=Email]").First.FillAsync(email);
        await form.Locator("input[type=password]").FillAsync(Password);
        await Navigation.ClickAndWaitAsync(page, form.Locator("[type=submit], button:not([type])").First);
        Assert.DoesNotContain("/account/login", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    public static string EditPath(string slug) => $"/admin/jurisdictions/{slug}/edit";

    public static string HistoryPath(string slug) => $"/admin/jurisdictions/{slug}/history";

    /// <summary>The narrative box of a jurisdiction's edit form (or of the conflict page that replaces it).</summary>
    public static ILocator Narrative(IPage page) => page.Locator("textarea[name*='arrative' i]").First;

    /// <summary>Clicks the form's Save button and waits for whatever page the save leads to.</summary>
    public static async Task SaveAsync(IPage page)
    {
        var form = page.Locator("form:has(textarea[name*='arrative' i])").First;
        var save = form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = SaveLabel() }).First;
        await Navigation.ClickAndWaitAsync(page, save);
    }

    /// <summary>Opens the edit form, rewrites the narrative, saves, and checks the save was accepted.</summary>
    public static async Task EditNarrativeAsync(IPage page, string slug, Func<string, string> change)
    {
        await page.GotoAsync(EditPath(slug));
        var box = Narrative(page);
        await box.FillAsync(change(await box.InputValueAsync()));
        await SaveAsync(page);
        Assert.False(await IsConflictAsync(page), $"saving {slug} unexpectedly hit a conflict");
        Assert.DoesNotContain("/account/login", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The conflict page, however it is worded ("conflict", "someone else saved … while you were editing").</summary>
    public static async Task<bool> IsConflictAsync(IPage page) => ConflictWording().IsMatch(await page.Locator("main").InnerTextAsync());

    [GeneratedRegex("save", RegexOptions.IgnoreCase)]
    private static partial Regex SaveLabel();

    [GeneratedRegex(@"conflict|someone else (saved|changed|edited)|while you were editing|saved meanwhile", RegexOptions.IgnoreCase)]
    private static partial Regex ConflictWording();
}
