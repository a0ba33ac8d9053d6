using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>A reader's whole journey through their account, and the layout of the article's share bar and comment block.</summary>
[Collection(nameof(BrowserSuite))]
public sealed partial class ReaderAccountTests(BrowserFixture browser, CommentsSiteFixture site) : IClassFixture<CommentsSiteFixture>
{
    private VestnikApp App => site.App;

    private async Task<IBrowserContext> ContextAsync(int width, int height) => await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = App.ClientOptions.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = width, Height = height },
    });

    [Fact]
    public async Task Reader_ShouldRegisterCommentSeeTheCount_ThenRenameDeleteACommentAndSignOut_FromTheirAccount()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для пути читателя"));
        var email = $"journey-{Guid.NewGuid():N}@test.vestnik";
        await using var context = await ContextAsync(1366, 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/articles/{article.Slug}");
        await page.GetByRole(AriaRole.Region, new() { Name = "Написать комментарий" })
            .GetByRole(AriaRole.Link, new() { Name = "Зарегистрироваться" }).ClickAsync();
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Имя, которое увидят другие читатели").FillAsync("Путник");
        await page.GetByLabel("Пароль").FillAsync("Journey-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Зарегистрироваться" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Мы отправили письмо");

        await page.GotoAsync(new Uri(await ConfirmationLinkAsync(email)).PathAndQuery);
        await page.WaitForURLAsync($"**/articles/{article.Slug}**");
        var comments = page.GetByRole(AriaRole.Region, new() { Name = "Написать комментарий" });
        var newComment = comments.Locator(":scope > form");
        await Assertions.Expect(comments.Locator(".comments__count")).ToHaveTextAsync("0 комментариев");
        await newComment.GetByLabel("Комментарий").FillAsync("Первый комментарий в пути");
        await newComment.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
        await Assertions.Expect(comments.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Первый комментарий в пути" })).ToBeVisibleAsync();
        await Assertions.Expect(comments.Locator(".comments__count")).ToHaveTextAsync("1 комментарий");
        await Assertions.Expect(page.Locator(".byline__comments")).ToHaveTextAsync("1 комментарий");
        await newComment.GetByLabel("Комментарий").FillAsync("Второй, его удалю");
        await newComment.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
        await Assertions.Expect(comments.Locator(".comments__count")).ToHaveTextAsync("2 комментария");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Учётная запись" }).GetByRole(AriaRole.Link, new() { Name = "Мой аккаунт" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мой аккаунт", Level = 1 })).ToBeVisibleAsync();
        var nameSection = page.GetByRole(AriaRole.Region, new() { Name = "Имя", Exact = true });
        await nameSection.GetByLabel("Имя, которое увидят другие читатели").FillAsync("Путник Второй");
        await nameSection.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Имя изменено.");

        var ownComments = page.GetByRole(AriaRole.Region, new() { Name = "Мои комментарии" });
        await Assertions.Expect(ownComments.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await ownComments.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Второй, его удалю" })
            .GetByRole(AriaRole.Link, new() { Name = "Удалить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Удалить комментарий?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Да, удалить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Комментарий удалён.");
        await Assertions.Expect(ownComments.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reader-account.png"), FullPage = true });

        await page.GotoAsync($"/articles/{article.Slug}");
        await Assertions.Expect(comments.Locator(".comments__count")).ToHaveTextAsync("1 комментарий");
        await Assertions.Expect(comments.Locator(".comment__author")).ToHaveTextAsync("Путник Второй");
        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Учётная запись" })
            .GetByRole(AriaRole.Link, new() { Name = "Войти" })).ToBeVisibleAsync();
        await page.GotoAsync("/account");
        await page.WaitForURLAsync("**/account/login**");
    }

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(360, 740)]
    public async Task ArticlePage_ShouldCentreShareLabels_AndLineTheCommentBlockUpWithTheArticle(int width, int height)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для проверки вёрстки"));
        await using var context = await ContextAsync(width, height);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/articles/{article.Slug}");

        // How far each share label's text sits from the vertical middle of its button, in CSS pixels.
        var offCentre = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.share-bar a.share-bar__link')].map(link => {
                const box = link.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(link);
                const label = range.getBoundingClientRect();
                return Math.abs((label.top + label.bottom) / 2 - (box.top + box.bottom) / 2);
            })
            """);
        Assert.NotEmpty(offCentre);
        Assert.All(offCentre, off => Assert.True(off <= 1, $"a share label is {off:0.#} px off the middle at {width} px"));

        // The comment block's edges against the article body's.
        var edges = await page.EvaluateAsync<double[]>("""
            () => {
                const body = document.querySelector('.article__body').getBoundingClientRect();
                const block = document.querySelector('#comments-heading').getBoundingClientRect();
                return [block.left - body.left, block.right - body.right];
            }
            """);
        Assert.True(Math.Abs(edges[0]) <= 0.5, $"the comment block starts {edges[0]:0.#} px from the article column at {width} px");
        Assert.True(Math.Abs(edges[1]) <= 0.5, $"the comment block ends {edges[1]:0.#} px from the article column at {width} px");
    }

    private async Task<string> ConfirmationLinkAsync(string email)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await Mailbox.BodiesToAsync(App, email)).FirstOrDefault() is { } body)
            {
                return ConfirmLink().Match(body).Value;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("no confirmation email to " + email);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm\S+")]
    private static partial Regex ConfirmLink();
}
