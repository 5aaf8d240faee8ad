using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Synthetic;
using DemandAtlas.Testing;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>
/// One server and one browser for the whole browser suite: the store is filled through the app's own
/// `import` verb (the test profiles in Profiles/, a few dozen synthetic ones and the repo's seeds/), then the site starts on
/// Kestrel and Debian's Chromium is launched headless. Nothing is downloaded. Without Chromium nothing starts: every
/// browser test calls <see cref="NewPageAsync"/> (or <see cref="RequireBrowser"/>) first, which skips it with the fix, or
/// fails it where DEMANDATLAS_REQUIRE_TOOLS=1 (CI).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Where the browser is; DEMANDATLAS_CHROMIUM overrides it (point it at a missing file to try the skips).</summary>
    public static readonly string Chromium = Environment.GetEnvironmentVariable("DEMANDATLAS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public const string Fix = "apt-get install chromium";
    public const int SyntheticCount = 60;

    private readonly string work = Path.Combine(Path.GetTempPath(), $"demandatlas-browser-{Guid.NewGuid():N}");
    private SiteFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The site; skips the calling test first when there is no browser (so nothing was started).</summary>
    public SiteFactory Factory => factory ?? Missing<SiteFactory>("The site has not started.");

    public IBrowser Browser => browser ?? Missing<IBrowser>("The browser has not started.");

    /// <summary>Skips the calling test (fails it where tools are required) when there is no browser to drive.</summary>
    public static void RequireBrowser() => ExternalTools.Require(Chromium, Fix);

    public async Task InitializeAsync()
    {
        if (ExternalTools.Find(Chromium) is null)
        {
            // Each test reports the missing browser itself (RequireBrowser), as a skip with the fix.
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(work);
        var database = Path.Combine(work, "atlas.db");
        await ImportAsync(database);

        factory = new SiteFactory(database);
        factory.StartServer();
        BaseAddress = factory.BaseAddress;

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (no cache, no cookies) with a guard watching it, and one page in it.</summary>
    public async Task<(IPage Page, PageGuard Guard)> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        RequireBrowser();
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.AcceptDownloads = true;
        var context = await Browser.NewContextAsync(options);
        var guard = await PageGuard.AttachAsync(context, BaseAddress);
        return (await context.NewPageAsync(), guard);
    }

    /// <summary>The test profiles and some synthetic ones, imported by the same verb staff use.</summary>
    private async Task ImportAsync(string database)
    {
        var documents = Path.Combine(work, "documents");
        Directory.CreateDirectory(documents);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Profiles"), "*.txt"))
        {
            File.Copy(file, Path.Combine(documents, Path.GetFileName(file)));
        }

        for (var n = 1; n <= SyntheticCount; n++)
        {
            var document = SyntheticProfiles.Generate(n, SyntheticCount, seed: 11);
            await File.WriteAllBytesAsync(Path.Combine(documents, document.FileName), document.ToBytes());
        }

        // The real seed too, so the tour also sees a profile written by people rather than by us.
        var seeds = Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "seeds");
        TemplateStore.CopyTo(database);
        var exit = await Verbs.RunAsync(["import", documents, seeds, "--db", database]);
        Assert.True(exit == ExitCodes.Success, $"import of the browser-test documents exited {exit}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static T Missing<T>(string problem)
    {
        RequireBrowser();
        throw new InvalidOperationException(problem);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
