using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.BrowserTests.Accessibility;

/// <summary>
/// axe-core finds no violation on the reader's pages and on every newsroom page, at a laptop's width and a phone's,
/// on the demo newsroom as a first start shows it. Each page checked is also photographed at both widths into
/// <c>artifacts/screenshots/pages</c>, the source of the gallery in <c>docs/screenshots.md</c>.
/// </summary>
[Collection(nameof(BrowserSuite))]
public sealed class AccessibilityTests(BrowserFixture browser, LiveSiteFixture site)
{
    private static readonly int[] Widths = [1366, 360];

    public static TheoryData<string> ReaderPages =>
    [
        "/",
        "/en",
        "/search?q=москва",
        "/search",
        "/account/login",
        "/account/register",
        "/api/docs",
        "/en/api/docs",
    ];

    public static TheoryData<string> NewsroomPages =>
    [
        "/newsroom",
        "/newsroom/articles",
        "/newsroom/articles/edit",
        "/newsroom/media",
        "/newsroom/catalog",
        "/newsroom/comments",
        "/newsroom/comments/settings",
        "/newsroom/inbox",
        "/newsroom/inbox/sources",
        "/newsroom/shares",
        "/newsroom/webhooks",
        "/newsroom/users",
        "/newsroom/users?q=admin",
        "/newsroom/audit",
        "/newsroom/api-keys",
        "/newsroom/system",
        "/newsroom/export",
        "/newsroom/import",
    ];

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public async Task ReaderPage_ShouldHaveNoAxeViolations(string path)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();

        await AssertNoViolationsAsync(page, path);
    }

    [Fact]
    public async Task ArticlePage_ShouldHaveNoAxeViolations()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var article = await page.Locator(".card__title a").First.GetAttributeAsync("href");

        await AssertNoViolationsAsync(page, article!, "article");
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/en/account")]
    public async Task ReaderAccountPage_ShouldHaveNoAxeViolations(string path)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var reader = await RoleClients.CreateAccountAsync(site.App, [], "Читатель");
        await page.SignInAsync(reader, path);
        await page.WaitForURLAsync("**" + path);

        await AssertNoViolationsAsync(page, path);
    }

    [Theory]
    [MemberData(nameof(NewsroomPages))]
    public async Task NewsroomPage_ShouldHaveNoAxeViolations_ForAnAdmin(string path)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var admin = await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор");
        await page.SignInAsync(admin, "/newsroom/articles");
        await page.WaitForURLAsync("**/newsroom/articles");

        await AssertNoViolationsAsync(page, path);
    }

    [Fact]
    public async Task ArticleEditor_ShouldHaveNoAxeViolations_OnAnExistingArticle()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var admin = await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор");
        await page.SignInAsync(admin, "/newsroom/articles");
        await page.WaitForURLAsync("**/newsroom/articles");
        var editor = await page.Locator("main table a[href*='/newsroom/articles/edit/']").First.GetAttributeAsync("href");
        var id = editor!.Split('/').Last();

        await AssertNoViolationsAsync(page, editor, "newsroom-articles-edit-existing");
        await AssertNoViolationsAsync(page, $"/newsroom/articles/{id}/revisions", "newsroom-articles-revisions");
    }

    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 },
        BypassCSP = true,
    });

    private static async Task AssertNoViolationsAsync(IPage page, string path, string? name = null)
    {
        var found = new List<string>();
        var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "pages");
        Directory.CreateDirectory(folder);
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            found.AddRange((await AxeCheck.ViolationsAsync(page)).Select(v => $"{width} px: {v}"));
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, $"{name ?? ShotName(path)}-{width}.jpg"), Type = ScreenshotType.Jpeg, Quality = 70,
            });
        }
        Assert.True(found.Count == 0, $"axe-core on {path}:\n" + string.Join("\n", found));
    }

    /// <summary>"/newsroom/inbox/sources" → "newsroom-inbox-sources"; "/" → "home"; anything but ASCII letters and digits is a dash.</summary>
    private static string ShotName(string path)
    {
        var name = string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        name = System.Text.RegularExpressions.Regex.Replace(name, "-+", "-").Trim('-');
        return name.Length == 0 ? "home" : name;
    }
}
