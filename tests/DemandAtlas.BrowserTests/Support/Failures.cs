using System.Runtime.CompilerServices;
using DemandAtlas.Web.Infrastructure;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>Runs a scenario; when it fails, saves a full-page screenshot and puts its path in the failure message.</summary>
public static class Failures
{
    public static string ArtifactsFolder { get; } =
        Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "tests", "DemandAtlas.BrowserTests", "artifacts");

    public static async Task ScreenshotOnFailureAsync(IPage page, Func<Task> scenario, [CallerMemberName] string name = "")
    {
        try
        {
            await scenario();
        }
        catch (Exception failure) when (failure is not ScenarioFailedException)
        {
            Directory.CreateDirectory(ArtifactsFolder);
            var path = Path.Combine(ArtifactsFolder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            }
            catch (PlaywrightException screenshotFailure)
            {
                path = $"(no screenshot: {screenshotFailure.Message})";
            }

            // The path is in the failure message (which the CI log shows); stdout too, for runners that print it.
            Console.WriteLine($"browser test {name} failed at {page.Url}; screenshot: {path}");
            throw new ScenarioFailedException($"{failure.Message}\nPage: {page.Url}\nScreenshot: {path}", failure);
        }
    }
}

public sealed class ScenarioFailedException(string message, Exception inner) : Exception(message, inner);
