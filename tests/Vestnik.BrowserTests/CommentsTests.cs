using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The app on a real port with the human-speed checks relaxed, since a browser driven by a test types instantly.</summary>
public sealed class CommentsSiteFixture : SiteFixture
{
    protected override VestnikApp Configure(VestnikApp app) => app
        .WithSetting("Comments:MinSecondsToSubmit", "0")
        .WithSetting("Comments:DuplicateWindowMinutes", "0")
        .WithSetting("Comments:PostsPerMinutePerAccount", "100000")
        .WithSetting("Comments:PostsPerMinutePerIp", "100000");
}

[Collection(nameof(BrowserSuite))]
public sealed partial class CommentsTests(BrowserFixture browser, CommentsSiteFixture site) : IClassFixture<CommentsSiteFixture>
{
    private VestnikApp App => site.App;

    private async Task<IBrowserContext> ContextAsync() => await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = App.ClientOptions.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    [Fact]
    public async Task Reader_ShouldRegisterConfirmCommentAndReply_AndAModeratorShouldApproveAHeldComment()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для браузерного теста"));
        var email = $"browser-{Guid.NewGuid():N}@test.vestnik";
        await using var readerContext = await ContextAsync();
        var page = await readerContext.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"/articles/{article.Slug}");
        await page.ClickAsync("#comments a[href^='/account/register']");
        await page.FillAsync("#email", email);
        await page.FillAsync("#name", "Браузерный Читатель");
        await page.FillAsync("#password", "Browser-password-1");
        await page.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(page.Locator("#register-sent")).ToBeVisibleAsync();

        var link = await ConfirmationLinkAsync(email);
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.WaitForURLAsync($"**/articles/{article.Slug}**");

        await page.FillAsync("#body-new", "Первый комментарий из браузера");
        await page.ClickAsync("#comments > form[data-comment-form] button[type=submit]");
        var first = page.Locator(".comment", new PageLocatorOptions { HasText = "Первый комментарий из браузера" });
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.EndsWith($"/articles/{article.Slug}", page.Url.Split('#', '?')[0]);

        await first.Locator("details.comment__reply > summary").ClickAsync();
        await first.Locator("details.comment__reply textarea").FillAsync("Отвечаю сам себе");
        await first.Locator("details.comment__reply button[type=submit]").ClickAsync();
        await Assertions.Expect(first.Locator(".comment-list--replies .comment__body")).ToHaveTextAsync("Отвечаю сам себе");

        await App.WithDbAsync(async db =>
        {
            db.Add(new CommentModeSetting { ArticleId = article.Id, Mode = ModerationMode.Premoderated });
            await db.SaveChangesAsync();
        });
        await page.ReloadAsync();
        await page.FillAsync("#body-new", "Этот подождёт модератора");
        await page.ClickAsync("#comments > form[data-comment-form] button[type=submit]");
        await Assertions.Expect(page.Locator(".comment--awaiting .comment__awaiting")).ToBeVisibleAsync();

        await using var moderatorContext = await ContextAsync();
        var moderator = await moderatorContext.NewPageAsync();
        moderator.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await moderator.SignInAsync(await RoleClients.CreateAccountAsync(App, [Roles.Moderator], "Модератор"), "/newsroom/comments");
        await moderator.WaitForURLAsync("**/newsroom/comments");
        var row = moderator.Locator("[data-comment-row]", new PageLocatorOptions { HasText = "Этот подождёт модератора" });
        await Assertions.Expect(row.Locator(".moderation__notes")).ToContainTextAsync(ModerationText.Ru.NotePremoderated);
        await Assertions.Expect(moderator.Locator("[data-comment-row]").First).ToHaveClassAsync(new Regex("is-current"));
        await moderator.Keyboard.PressAsync("a");
        await moderator.WaitForURLAsync("**/newsroom/comments**");
        await Assertions.Expect(moderator.Locator(".comments__flash")).ToContainTextAsync("Готово: 1");

        await page.ReloadAsync();
        var approved = page.Locator(".comment", new PageLocatorOptions { HasText = "Этот подождёт модератора" });
        await Assertions.Expect(approved).ToBeVisibleAsync();
        await Assertions.Expect(approved.Locator(".comment__awaiting")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".byline__comments")).ToHaveTextAsync("3 комментария");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "comments.png"), FullPage = true });
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task NaughtyAndXssStrings_ShouldShowAsTyped_AsBodiesAndNames_WithoutAnyDialog()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для плохих строк"));
        var reader = await RoleClients.ReaderAsync(App, "Тест");
        var (_, articlePage) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        var form = articlePage.QuerySelector("#comments > form[data-comment-form]")!;
        var payloads = TestData.NaughtyStrings().Concat(TestData.XssPayloads()).Distinct(StringComparer.Ordinal).ToList();
        var posted = new Dictionary<long, string>();
        var failures = new List<string>();

        foreach (var payload in payloads)
        {
            // The name is stored with the comment when it is posted, so each comment carries its payload as a name too.
            await App.WithDbAsync(db => db.Users.Where(u => u.Id == reader.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, payload)));
            var response = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = payload });
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                posted[long.Parse(response.Headers.Location!.OriginalString["/comments/".Length..], CultureInfo.InvariantCulture)] = payload;
            }
            else if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Conflict))
            {
                failures.Add($"{(int)response.StatusCode}: {payload}");
            }
        }
        Assert.Empty(failures);
        Assert.True(posted.Count > payloads.Count * 0.9, $"{posted.Count} of {payloads.Count} posted");

        await using var context = await ContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        var shown = new Dictionary<long, (string Name, string Body)>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            await page.GotoAsync($"/articles/{article.Slug}?cpage={pageNumber}");
            var items = await page.EvaluateAsync<CommentText[]>(
                "() => [...document.querySelectorAll('#comments li.comment')].map(li => ({ id: li.id, name: li.querySelector('.comment__author')?.textContent ?? '', body: li.querySelector('.comment__body')?.innerText ?? '' }))");
            foreach (var item in items)
            {
                shown[long.Parse(item.Id["comment-".Length..], CultureInfo.InvariantCulture)] = (item.Name, item.Body);
            }
            if (await page.Locator(".comments__more").CountAsync() == 0)
            {
                break;
            }
        }

        Assert.Empty(dialogs);
        var visible = posted.Where(p => shown.ContainsKey(p.Key)).ToList();
        Assert.True(visible.Count > posted.Count * 0.9, $"{visible.Count} of {posted.Count} shown");
        var mismatches = visible
            .Where(p => !p.Value.TrimStart().StartsWith('>'))
            .Where(p => Collapse(shown[p.Key].Body) != Collapse(Vestnik.Features.Comments.Posting.CommentFormatter.Normalize(p.Value))
                || Collapse(shown[p.Key].Name) != Collapse(p.Value))
            .Select(p => $"{p.Value} => {shown[p.Key].Name} / {shown[p.Key].Body}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    private sealed class CommentText
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Body { get; set; } = "";
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private async Task<string> ConfirmationLinkAsync(string email)
    {
        var folder = Path.Combine(App.DataPath, "mail");
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [])
            {
                using var stream = File.OpenRead(file);
                var message = await MimeKit.MimeMessage.LoadAsync(stream);
                if (message.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase))
                {
                    return ConfirmLink().Match(message.TextBody ?? "").Groups[1].Value;
                }
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("no confirmation email");
    }

    [GeneratedRegex(@"(http\S+/account/confirm\S+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
