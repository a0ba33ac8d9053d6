using Microsoft.Playwright;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, never a downloaded browser) driven by Playwright, shared by the run.
/// Skips with a reason when Chromium is missing, and fails instead under VESTNIK_REQUIRE_ALL=1.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// A new browser context (its own cookies and storage) whose waits for pages and elements allow a minute: in CI
    /// the browser shares two cores with the other test projects, and a navigation has been seen to outlast
    /// Playwright's default of 30 s there while taking a second alone.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    private IBrowser Browser
    {
        get
        {
            if (_browser is null)
            {
                TestEnvironment.Unavailable($"Chromium is not installed at {ChromiumPath} (apt-get install chromium)");
            }
            return _browser!;
        }
    }

    /// <summary>Where screenshots go: <c>artifacts/screenshots</c> under the repository.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Repository.PathOf("artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the networking switches Chromium keeps calling Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

[CollectionDefinition(nameof(BrowserSuite))]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>, ICollectionFixture<LiveSiteFixture>;

/// <summary>
/// The app on a real loopback port, on SQLite, with its demo content: the reader journeys walk the site as a first
/// start shows it (retellings with their illustrations, "Read also", several sections).
/// </summary>
public sealed class LiveSiteFixture : SiteFixture
{
    protected override VestnikApp Configure(VestnikApp app) => app.WithSetting("Vestnik:DemoContent", "true");
}
