using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Export;
using Vestnik.Features.Newsroom;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>An admin finds the export in the newsroom menu and downloads the archive in Chromium.</summary>
[Collection(nameof(BrowserSuite))]
public sealed class ExportDownloadTests(BrowserFixture browser, AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    [Fact]
    public async Task Admin_ShouldDownloadTheSiteFromTheMenu()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 1000 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор выгрузки"), "/newsroom");
        await page.WaitForURLAsync("**/newsroom");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = NewsroomText.Ru.Newsroom });

        await menu.GetByRole(AriaRole.Link, new() { Name = NewsroomText.Ru.Export, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/newsroom/export");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = ExportText.Ru.Download, Exact = true }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), "vestnik-export-test-" + Guid.NewGuid().ToString("N")[..8] + ".zip");
        await download.SaveAsAsync(file);

        try
        {
            Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(file);
            await using var json = zip.GetEntry(SiteExport.JsonFileName)!.Open();
            using var export = await JsonDocument.ParseAsync(json);
            Assert.Equal(SiteExport.FormatVersion, export.RootElement.GetProperty("formatVersion").GetInt32());
            Assert.Contains(export.RootElement.GetProperty("staffAccounts").EnumerateArray(),
                account => account.GetProperty("displayName").GetString() == "Администратор выгрузки");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
