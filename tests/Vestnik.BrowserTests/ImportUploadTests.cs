using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vestnik.BrowserTests.Accessibility;
using Vestnik.Features.Accounts;
using Vestnik.Features.Import.Upload;
using Vestnik.Features.Newsroom;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// A site whose node serves pages but runs no background work (<c>Vestnik:Roles=web</c>): an uploaded import waits in
/// the queue until the test runs it, so the page is seen before, while and after the import.
/// </summary>
public sealed class WebOnlySiteFixture : SiteFixture
{
    protected override VestnikApp Configure(VestnikApp app) => app.WithSetting("Vestnik:Roles", "web");
}

/// <summary>
/// An admin uploads the real WordPress export with its images as a zip in Chromium, under the site's strict CSP, and
/// watches the queued run's progress bar go from empty to full and its report appear without reloading the page.
/// </summary>
[Collection(nameof(BrowserSuite))]
public sealed class ImportUploadTests(BrowserFixture browser, WebOnlySiteFixture site) : IClassFixture<WebOnlySiteFixture>
{
    private static byte[] FixtureZip()
    {
        var folder = TestData.PathOf("import", "wordpress");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntryFromFile(Path.Combine(folder, "vestnik-fixture.wordpress.xml"), "vestnik-fixture.wordpress.xml");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "uploads"), "*", SearchOption.AllDirectories))
            {
                zip.CreateEntryFromFile(file, "uploads/" + Path.GetRelativePath(Path.Combine(folder, "uploads"), file).Replace('\\', '/'));
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Admin_ShouldUploadAnExport_AndWatchItsProgressAndReport()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Add(message.Text);
            }
        };
        await page.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор импорта"), "/newsroom");
        await page.WaitForURLAsync("**/newsroom");
        await page.GetByRole(AriaRole.Navigation, new() { Name = NewsroomText.Ru.Newsroom })
            .GetByRole(AriaRole.Link, new() { Name = NewsroomText.Ru.Import, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/newsroom/import");

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "vestnik-fixture.zip", MimeType = "application/zip", Buffer = FixtureZip(),
        });
        await page.GetByLabel(ImportText.Ru.IncludePages).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = ImportText.Ru.Start }).ClickAsync();
        await page.WaitForURLAsync("**/newsroom/import?run=*");

        var bar = page.Locator("#import-progress");
        Assert.Equal("0", await bar.GetAttributeAsync("value"));
        Assert.Equal(ImportText.Ru.Queued, (await page.Locator("#import-progress-text").TextContentAsync())?.Trim());

        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunNextAsync(TestContext.Current.CancellationToken));
        }

        // The page's script polls the run and puts its report in place.
        var report = page.Locator("#import-report");
        await report.WaitForAsync();
        Assert.Equal(await bar.EvaluateAsync<double>("bar => bar.max"), await bar.EvaluateAsync<double>("bar => bar.value"));
        Assert.Equal(ImportText.Ru.Finished, (await page.Locator("#import-progress-text").TextContentAsync())?.Trim());
        Assert.Contains(ImportText.Ru.Count(5, ImportText.Ru.Image), await report.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("vestnik-fixture.zip", (await page.Locator("#import-history tbody tr td").Nth(1).TextContentAsync())?.Trim());
        Assert.DoesNotContain(refused, message => message.Contains("Content Security Policy", StringComparison.Ordinal));

        // axe needs its script injected, which the site's CSP forbids: it looks at the same page in a second context.
        await using var checking = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(), StorageState = await context.StorageStateAsync(), BypassCSP = true,
        });
        var checkedPage = await checking.NewPageAsync();
        await checkedPage.GotoAsync(page.Url);
        Assert.Empty(await AxeCheck.ViolationsAsync(checkedPage));
    }
}
