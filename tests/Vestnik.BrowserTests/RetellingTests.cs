using Microsoft.Playwright;
using Vestnik.BrowserTests.Accessibility;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

[Collection(nameof(BrowserSuite))]
public sealed class RetellingTests(BrowserFixture browser, NewsroomSiteFixture site) : IClassFixture<NewsroomSiteFixture>
{
    // Twenty-seven words, copied below outside quotation marks.
    private const string CopiedSentence =
        "Мэрия Москвы в понедельник объявила, что с первого января все новые автобусы на городских маршрутах будут только электрическими, "
        + "а старые дизельные машины спишут до конца следующего года.";

    [Fact]
    public async Task Editor_ShouldPasteTheOriginal_TypeASentenceCopiedFromIt_AndSeeTheShareAndThePassage()
    {
        var retelling = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Электробусы", publish: false, outlet: "Городские вести"));
        var editor = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Выпускающий");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1500, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(editor, $"/newsroom/articles/edit/{retelling.Id}");
        await page.WaitForURLAsync($"**/newsroom/articles/edit/{retelling.Id}");

        await Assertions.Expect(page.Locator("#source-pane .nr-source__outlet")).ToContainTextAsync("Городские вести");
        await page.FillAsync("#Form_SourceText", CopiedSentence
            + " Представитель транспортного комплекса добавил: на закупку ещё четырёхсот электробусов город потратит около тридцати миллиардов рублей.");
        await page.WriteBodyAsync("Столица меняет автобусный парк. " + CopiedSentence);

        await Assertions.Expect(page.Locator("#source-share")).ToContainTextAsync("87 % текста дословно повторяет оригинал.");
        await Assertions.Expect(page.Locator("#source-share")).ToContainTextAsync("1 фрагмент от 20 слов не оформлен как цитата.");
        await Assertions.Expect(page.Locator("#source-passage-1.nr-source__mark--flagged")).ToHaveTextAsync(CopiedSentence.TrimEnd('.'));
        await Assertions.Expect(page.Locator(".nr-source__passages li")).ToContainTextAsync("Мэрия Москвы в понедельник объявила, что…");

        // Saved, the pane shows the same from the server; as it stands (open, the passage marked and listed, "publish
        // anyway" offered) it passes axe-core, which runs only where the CSP is bypassed.
        await page.ClickAsync("#editor button[formaction*='handler=Save']");
        await page.WaitForURLAsync("**done=1");
        await Assertions.Expect(page.Locator("#source-passage-1.nr-source__mark--flagged")).ToHaveTextAsync(CopiedSentence.TrimEnd('.'));
        await using var axeContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1500, Height = 1000 },
            BypassCSP = true,
        });
        var axePage = await axeContext.NewPageAsync();
        await axePage.SignInAsync(editor, $"/newsroom/articles/edit/{retelling.Id}");
        await axePage.WaitForURLAsync($"**/newsroom/articles/edit/{retelling.Id}");
        var violations = await AxeCheck.ViolationsAsync(axePage);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
