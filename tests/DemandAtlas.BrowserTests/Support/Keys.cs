using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>Keyboard-only navigation: the test presses keys and only reads the page to see where focus went.</summary>
public static class Keys
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, then checks focus is visible.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 250)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                Assert.True(await FocusIsVisibleAsync(page), $"{selector} has focus but no visible focus indicator");
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url} within {maxPresses} presses");
    }

    /// <summary>Moves a focused select or radio group with arrow keys until its value is <paramref name="value"/>.</summary>
    public static async Task ArrowToValueAsync(IPage page, string value, int maxPresses = 80)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            var current = await page.EvaluateAsync<string?>(
                "() => { const e = document.activeElement; return e?.type === 'radio' ? document.querySelector(`input[name='${e.name}']:checked`)?.value ?? null : e?.value ?? null; }");
            if (string.Equals(current, value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Fail($"Arrow keys never selected '{value}' on {page.Url}");
    }

    /// <summary>An outline or a box shadow on the focused element: what a sighted keyboard user can see.</summary>
    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const s = getComputedStyle(document.activeElement);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        }
        """);
}
