using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Demo;
using Vestnik.Features.Newsroom.Articles;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// The body's visual editor over the Markdown textarea: every text it opens comes back unchanged, what it cannot show
/// stays in Markdown, and what is typed in it is saved as Markdown.
/// </summary>
[Collection(nameof(BrowserSuite))]
public sealed class RichEditorTests(BrowserFixture browser, LiveSiteFixture site)
{
    // Texts the visual editor shows and gives back as they are: the site's Markdown beyond the demo's paragraphs,
    // in the scripts and marks a newsroom writes.
    private static readonly string[] Lossless =
    [
        "Курс — 36,5 ₽ за «юань», рост на 2,8 % 🚀.",
        "Текст с **полужирным**, *курсивом* и ~~зачёркнутым~~, и [ссылкой](https://example.com/путь?q=1).",
        "## Подзаголовок\n\nАбзац.\n\n### Ниже\n\n1. первый\n2. второй\n\n- пункт\n- ещё пункт",
        "> «Цитата», — сказал он.\n\nمرحبا بالعالم — арабский абзац справа налево.",
        "1\\. Не список, а абзац с числом.\n\n\\- и не пункт.\n\n\\# и не заголовок.",
        "Звёздочки 2\\*3\\*4 и \\_подчёркивания\\_ остаются знаками.",
        "Текст.\n\n> > Главное — в одной фразе.\n\nДальше.",
        "Вступление.\n\nhttps://t.me/durov/123\n\n<https://youtu.be/dQw4w9WgXcQ>\n\nhttps://vk.com/video-22822305_456242096\n\n" +
            "https://x.com/jack/status/20\n\nhttps://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/\n\nИтог.",
        "> https://t.me/durov/123\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
        "Текст.\n\n![Мост ночью](/media/2026/12/0123456789abcdef/1440.jpg \"Мост через Неву © Фото: Вестник\")\n\nДальше.",
        "![Первый снимок](/media/2026/12/0123456789abcdef/1440.jpg \"Подпись\") ![Второй снимок](/media/2026/12/fedcba9876543210/960.jpg \"© ТАСС\")",
        "Схема ![схема моста](/media/2026/12/0123456789abcdef/480.jpg) в тексте и ![](/media/2026/12/fedcba9876543210/960.jpg).",
        "![Знак \\[1\\] в описании](/media/2026/12/0123456789abcdef/1440.jpg \"Подпись с \\\"кавычками\\\" © Агентство\")",
    ];

    // Texts it would change: they stay in the textarea as they are, with the reason on the page.
    private static readonly string[] Lossy =
    [
        "Текст со сноской[^1].\n\n[^1]: Примечание редакции.",
    ];

    [Fact]
    public async Task EveryDemoArticle_AndTheTrickyTexts_ShouldOpenInTheVisualEditor_AndComeBackUnchanged()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var texts = DemoCorpus.Create().Articles.Select(a => a.BodyMarkdown).Concat(Lossless).ToArray();

        // Each text is put into the textarea and the editor is switched to it; it may show only what it gives back.
        var refused = await page.EvaluateAsync<string[]>(
            """
            texts => {
                const source = document.getElementById("Form_Body");
                const toggle = document.querySelector("#rich-editor [data-command=markdown]");
                const note = document.querySelector("#rich-editor [data-note]");
                const refused = [];
                for (const text of texts) {
                    if (source.hidden) { toggle.click(); }
                    source.value = text;
                    toggle.click();
                    if (!source.hidden || !note.hidden || source.value !== text) { refused.push(text); }
                }
                return refused;
            }
            """, texts);

        Assert.Empty(refused);
        Assert.True(texts.Length > 50, $"{texts.Length} texts");
    }

    [Fact]
    public async Task TextTheEditorWouldChange_ShouldStayInMarkdown_WithTheReasonShown()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var toggle = page.Locator("#rich-editor [data-command=markdown]");
        await toggle.ClickAsync();

        foreach (var text in Lossy)
        {
            await page.FillAsync("#Form_Body", text);
            await toggle.ClickAsync();
            await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToHaveTextAsync(RichEditorText.Ru.Lossy);
            await Assertions.Expect(page.Locator("#Form_Body")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(text);
        }
    }

    [Fact]
    public async Task WhatIsTypedInTheVisualEditor_ShouldBeSavedAsMarkdown_AndOpenAgainAsWritten()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        var title = "Визуальный редактор " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#Form_Title", title);
        await page.SelectOptionAsync("#author-0", new SelectOptionValue { Index = 1 });

        var text = page.VisualBody();
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("Первый абзац, ");
        await page.Keyboard.PressAsync("Control+b");
        await page.Keyboard.TypeAsync("важное");
        await page.Keyboard.PressAsync("Control+b");
        await page.Keyboard.TypeAsync(".");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("## Итоги");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("- первый пункт");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("второй пункт");

        const string expected = "Первый абзац, **важное**.\n\n## Итоги\n\n- первый пункт\n- второй пункт";
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(expected);
        await Assertions.Expect(page.Locator("#preview strong")).ToHaveTextAsync("важное");
        await Assertions.Expect(page.Locator("#rich-editor [data-word-count]")).ToHaveTextAsync("8 слов · 1 минута чтения");

        await page.ClickAsync("button[formaction*='handler=Save']");
        await Assertions.Expect(page.Locator(".nr-badge--draft")).ToBeVisibleAsync();
        var saved = await site.App.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.BodyMarkdown).SingleAsync());
        Assert.Equal(expected, saved.ReplaceLineEndings("\n"));

        await page.ReloadAsync();
        await Assertions.Expect(text.Locator("strong")).ToHaveTextAsync("важное");
        await Assertions.Expect(text.Locator("h2")).ToHaveTextAsync("Итоги");
        await Assertions.Expect(text.Locator("li")).ToHaveCountAsync(2);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("word")]
    [InlineData("google-docs")]
    public async Task PastedDocument_ShouldBeCleanedToWhatTheSiteShows(string source)
    {
        var (html, expected) = Pasted[source];
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        await page.VisualBody().ClickAsync();

        // What a paste from that program puts on the clipboard, handed to the editor as the browser hands it over.
        await page.PasteHtmlAsync(html);

        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(expected);
    }

    // Clipboard HTML as Word and Google Docs write it: office namespaces and classes, inline styles, a wrapper <b> that
    // is not bold, a script, an image with a handler and a javascript: link, none of which may reach the text.
    private static readonly Dictionary<string, (string Html, string Markdown)> Pasted = new()
    {
        ["word"] = (
            """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
            <!--StartFragment--><h2 class=MsoHeading2>Итоги года</h2>
            <p class=MsoNormal style='margin-bottom:0cm'><b><span style='font-family:"Times New Roman"'>Главное:</span></b> рост на 2,8&nbsp;% и <i>новые</i> <span style='color:red'>планы</span>.<o:p></o:p></p>
            <ul style='margin-top:0cm'><li class=MsoListParagraph>первый пункт<o:p></o:p></li><li class=MsoListParagraph>второй пункт</li></ul>
            <p class=MsoNormal><a href="javascript:alert(1)">ссылка-ловушка</a> и <a href="https://example.com/doc">источник</a><script>alert(1)</script><img src=x onerror="alert(1)"><o:p></o:p></p>
            <!--EndFragment--></body></html>
            """,
            "## Итоги года\n\n**Главное:** рост на 2,8\u00A0% и *новые* планы.\n\n- первый пункт\n- второй пункт\n\nссылка-ловушка и [источник](https://example.com/doc)"),
        ["google-docs"] = (
            """
            <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-weight:700;">Жирное начало</span><span style="font-size:11pt;font-weight:400;"> и обычный текст, </span><span style="font-style:italic;font-weight:400;">курсив</span><span style="font-weight:400;">.</span></p><br><p dir="ltr"><span style="font-weight:400;">Второй абзац.</span></p></b>
            """,
            "**Жирное начало** и обычный текст, *курсив*.\n\nВторой абзац."),
    };

    [Fact]
    public async Task QuotesDashesAndEllipses_ShouldBecomeTheArticleLanguagesTypography_AsTyped_AndBackspaceUndoesOne()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        await page.VisualBody().ClickAsync();

        await page.Keyboard.TypeAsync("Он сказал: \"привет\" - и ушёл... Потом--тишина.");
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Он\u00A0сказал: «привет»\u00A0— и\u00A0ушёл… Потом—тишина.");

        // An English article gets English quotes and a dash between plain spaces.
        await page.SelectOptionAsync("#Form_Language", "En");
        await page.VisualBody().ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" He said \"hi\" - and left");
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Он\u00A0сказал: «привет»\u00A0— и\u00A0ушёл… Потом—тишина. He said “hi” — and left");

        // A replacement the writer did not want is undone by Backspace right after it (the Markdown field leaves out
        // the trailing space).
        await page.Keyboard.TypeAsync(" - ");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("x");
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Он\u00A0сказал: «привет»\u00A0— и\u00A0ушёл… Потом—тишина. He said “hi” — and left - x");
    }

    [Fact]
    public async Task TypedQuotes_ShouldNestAndShortWordsKeepToTheNext_AsTheServersTypographyWouldSetThem()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        await page.VisualBody().ClickAsync();

        await page.Keyboard.TypeAsync("Книга \"Рассказы о \"Чапаеве\"\" в поезде");
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Книга «Рассказы о\u00A0„Чапаеве“» в\u00A0поезде");

        // The server's typography, run on what was typed, finds nothing left to do.
        await page.GetByRole(AriaRole.Button, new() { Name = "Типографика", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("исправлять нечего");
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Книга «Рассказы о\u00A0„Чапаеве“» в\u00A0поезде");
    }

    [Fact]
    public async Task PullQuoteButton_ShouldSetTheParagraphAsAQuoteInsideAQuote_AndASecondPressUndoIt()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        await page.VisualBody().ClickAsync();
        await page.Keyboard.TypeAsync("Мостостроители управились досрочно.");
        var button = page.Locator("#rich-editor [data-command=pullQuote]");

        await button.ClickAsync();

        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("> > Мостостроители управились досрочно.");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#preview aside.pull-quote")).ToHaveTextAsync("Мостостроители управились досрочно.");

        await button.ClickAsync();

        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Мостостроители управились досрочно.");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task ALinkThatIsNotAWebAddress_ShouldBeRefused_WithTheReason()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var text = page.VisualBody();
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("ссылка");
        await page.Keyboard.PressAsync("Shift+Home");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync("javascript:alert(1)");
        await page.ClickAsync("#rich-editor [data-command=link]");

        await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToHaveTextAsync(RichEditorText.Ru.BadLink);
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("ссылка");
    }

    [Fact]
    public async Task AnEmbedFromTheToolbar_ShouldShowAsACard_AndBeSavedAsItsAddress_WhileALookAlikeIsRefused()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var text = page.VisualBody();
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("Вступление.");
        await page.Keyboard.PressAsync("Enter");

        var address = "https://t.me.evil.com/durov/123";
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(address);
        await page.ClickAsync("#rich-editor [data-command=embed]");
        await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToHaveTextAsync(RichEditorText.Ru.BadEmbed);
        await Assertions.Expect(text.Locator(".nr-embed")).ToHaveCountAsync(0);

        address = "https://t.me/durov/123";
        await page.ClickAsync("#rich-editor [data-command=embed]");

        await Assertions.Expect(text.Locator(".nr-embed .nr-embed__provider")).ToHaveTextAsync("Telegram");
        await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("Вступление.\n\nhttps://t.me/durov/123");
        await Assertions.Expect(page.Locator("#preview .embed--telegram .embed__link a")).ToHaveAttributeAsync("href", "https://t.me/durov/123");
    }

    [Fact]
    public async Task ASupportedAddressPastedAloneOnALine_ShouldBecomeAnEmbed_AndAnyOtherAddressALink()
    {
        await using var context = await NewContextAsync();
        var page = await EditorPageAsync(context);
        var text = page.VisualBody();
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("Смотрите: ");
        await PasteAsync(page, "https://youtu.be/dQw4w9WgXcQ");
        await page.Keyboard.PressAsync("Enter");
        await PasteAsync(page, "https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/");

        await Assertions.Expect(text.Locator(".nr-embed .nr-embed__provider")).ToHaveTextAsync("Rutube");
        await Assertions.Expect(text.Locator(".nr-embed")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(new Regex(
            "^Смотрите: .*https://youtu\\.be/dQw4w9WgXcQ.*\n\nhttps://rutube\\.ru/video/c6cc4d620b1d4338901770a44b3e82f4/$"));
    }

    /// <summary>A paste as the browser delivers it from the clipboard: plain text in a paste event.</summary>
    private static async Task PasteAsync(IPage page, string plainText) => await page.EvaluateAsync(
        """
        text => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            document.querySelector("#rich-editor .ProseMirror").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        }
        """, plainText);

    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
    });

    /// <summary>A new editor, signed in, on a new article in the visual editor.</summary>
    private async Task<IPage> EditorPageAsync(IBrowserContext context)
    {
        var account = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Редактор");
        var page = await context.NewPageAsync();
        await page.SignInAsync(account, "/newsroom/articles/edit");
        await page.WaitForURLAsync("**/newsroom/articles/edit");
        await Assertions.Expect(page.VisualBody()).ToBeVisibleAsync();
        return page;
    }
}
