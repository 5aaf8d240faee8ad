using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Synthetic;
using Microsoft.Playwright;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>
/// One server and one browser for the whole browser suite: the store is filled through the app's own
/// `import` verb (the test profiles in Profiles/, a few dozen synthetic ones and the repo's seeds/), then the site starts on
/// Kestrel and Debian's Chromium is launched headless. Nothing is downloaded.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const int SyntheticCount = 60;

    private readonly string work = Path.Combine(Path.GetTempPath(), $"demandatlas-browser-{Guid.NewGuid():N}");
    private SiteFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;
    public SiteFactory Factory => factory ?? throw new InvalidOperationException("The site has not started.");
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
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
        if (!Verbs.IsVerb(["import"]))
        {
            throw new InvalidOperationException("The `import` verb is not registered in CommandLine/Verbs.cs; the browser suite seeds through it.");
        }

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
        var exit = await Verbs.RunAsync(["import", documents, seeds, "--db", database]);
        Assert.True(exit == ExitCodes.Success, $"import of the browser-test documents exited {exit}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
        Directory.Delete(work, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
