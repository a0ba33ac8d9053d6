using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The original beside a retelling: the source pane, the pasted text and the verbatim check, over HTTP.</summary>
public abstract class RetellingSourceTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    // Twenty-seven words: long enough to be flagged when copied outside quotation marks.
    private const string CopiedSentence =
        "Мэрия Москвы в понедельник объявила, что с первого января все новые автобусы на городских маршрутах будут только электрическими, "
        + "а старые дизельные машины спишут до конца следующего года.";

    private const string Original = CopiedSentence
        + " Представитель транспортного комплекса добавил: на закупку ещё четырёхсот электробусов город потратит около тридцати миллиардов рублей.";

    [Fact]
    public async Task Retelling_ShouldShowTheInboxItemsSummaryBesideTheDraft()
    {
        await App.WithDbAsync(db => TestArticles.SectionAsync(db));
        var editor = await RoleClients.EditorAsync(App);
        var item = await InboxItemAsync("Городские вести", "Moscow buys electric buses", Original);

        var retold = await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Retell&id={item.Id}", [], "/newsroom/inbox/sources");
        var (response, page) = await editor.Client.GetPageAsync(retold.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pane = page.QuerySelector("#editor #source-pane")!;
        Assert.True(pane.HasAttribute("open"));
        Assert.Contains("Городские вести", pane.QuerySelector(".nr-source__outlet")!.TextContent, StringComparison.Ordinal);
        var headline = pane.QuerySelector(".nr-source__headline a")!;
        Assert.Equal("Moscow buys electric buses", headline.TextContent);
        Assert.Equal(item.Link, headline.GetAttribute("href"));
        Assert.Equal(Original, pane.QuerySelector(".nr-source__text")!.TextContent);
        Assert.NotNull(pane.QuerySelector(".nr-source__note"));
        Assert.Equal("", pane.QuerySelector("textarea[name='Form.SourceText']")!.TextContent);
    }

    [Fact]
    public async Task PastedSource_ShouldBeSavedWithTheArticle_AndNeverReachReaders()
    {
        var editor = await RoleClients.EditorAsync(App);
        var secret = "Полный текст оригинала " + Guid.NewGuid().ToString("N");
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Электробусы " + Guid.NewGuid().ToString("N")[..6], "Свой пересказ новости."));

        var published = await editor.Client.PostFormAsync(EditorForms.Url(null, "Publish"), form.With("Form.SourceText", secret), "/newsroom/articles/edit");

        var id = EditorForms.IdFrom(published);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(secret, article.SourceText);
        var (_, editorPage) = await editor.Client.GetPageAsync($"/newsroom/articles/edit/{id}");
        Assert.Equal(secret, editorPage.QuerySelector("textarea[name='Form.SourceText']")!.TextContent);
        Assert.Equal(secret, editorPage.QuerySelector(".nr-source__text")!.TextContent);

        var reader = RoleClients.Anonymous(App);
        var articlePage = await reader.GetAsync(ReaderUrls.Article(ContentLanguage.Ru, article.Slug));
        var feed = await reader.GetAsync("/rss.xml");
        Assert.Equal(HttpStatusCode.OK, articlePage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.DoesNotContain(secret, await articlePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var feedText = await feed.Content.ReadAsStringAsync();
        Assert.Contains(article.Slug, feedText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, feedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_ShouldShowTheRepeatedShare_AndPublishingShouldAskOnceMoreAboutUnquotedPassages()
    {
        var editor = await RoleClients.EditorAsync(App);
        var body = "Столица меняет автобусный парк.\n\n" + CopiedSentence;
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, "Автобусы " + Guid.NewGuid().ToString("N")[..6], body)))
            .With("Form.SourceText", Original);
        var saved = await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form, "/newsroom/articles/edit");
        var id = EditorForms.IdFrom(saved);

        var (_, page) = await editor.Client.GetPageAsync($"/newsroom/articles/edit/{id}");

        Assert.Equal("87 % текста дословно повторяет оригинал. 1 фрагмент от 20 слов не оформлен как цитата.",
            string.Join(' ', page.QuerySelector("#source-share")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(CopiedSentence.TrimEnd('.'), page.QuerySelector("mark.nr-source__mark--flagged#source-passage-1")!.TextContent);
        Assert.StartsWith("Мэрия Москвы в понедельник объявила, что…", page.QuerySelector(".nr-source__passages li")!.TextContent.Trim(), StringComparison.Ordinal);

        var asked = await editor.Client.SubmitFormAsync($"/newsroom/articles/edit/{id}", "#editor", null, "button[formaction*='handler=Publish']");
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        var warning = Html.Parse(await asked.Content.ReadAsStringAsync()).QuerySelector("#editor-error")!.TextContent;
        Assert.Contains("1 длинный фрагмент оригинала без кавычек", warning, StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var overruled = await editor.Client.SubmitFormAsync($"/newsroom/articles/edit/{id}", "#editor",
            new() { ["Form.PublishDespiteVerbatim"] = "true" }, "button[formaction*='handler=Publish']");
        Assert.Equal(HttpStatusCode.Redirect, overruled.StatusCode);
        Assert.Equal(ArticleStatus.Published, await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Publishing_ShouldNotAsk_WhenTheRepeatedPassageIsQuoted()
    {
        var editor = await RoleClients.EditorAsync(App);
        var body = "Как сообщили в мэрии:\n\n> " + CopiedSentence;
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, "Цитата " + Guid.NewGuid().ToString("N")[..6], body)))
            .With("Form.SourceText", Original);

        var published = await editor.Client.PostFormAsync(EditorForms.Url(null, "Publish"), form, "/newsroom/articles/edit");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    [Fact]
    public async Task OverlapEndpoint_ShouldAnswerWritersOfTheArticle_AndNobodyElse()
    {
        var editor = await RoleClients.EditorAsync(App);
        var author = await RoleClients.AuthorAsync(App);
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Чужой черновик " + Guid.NewGuid().ToString("N")[..6], publish: false));
        FormValues values = new Dictionary<string, string> { ["Form.Body"] = CopiedSentence, ["Form.SourceText"] = Original };
        var url = EditorForms.Url(article.Id, "Overlap");

        var answered = await editor.Client.PostFormAsync(url, values);
        var refused = await author.Client.PostFormAsync(url, values);
        var anonymous = await RoleClients.Anonymous(App).PostAsync(url, new FormUrlEncodedContent(values));
        var unknown = await editor.Client.PostFormAsync(EditorForms.Url(int.MaxValue, "Overlap"), values, "/newsroom/articles/edit");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var figures = Html.Parse(await answered.Content.ReadAsStringAsync());
        Assert.StartsWith("100 %", figures.QuerySelector("#source-share")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(figures.QuerySelector("mark.nr-source__mark--flagged"));
        // Refused as every newsroom page refuses: the cookie scheme sends the author to its access-denied page.
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"anonymous got {(int)anonymous.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private Task<InboxItem> InboxItemAsync(string outlet, string title, string summary) => App.WithDbAsync(async db =>
    {
        var subscription = new FeedSubscription
        {
            FeedUrl = $"https://{Guid.NewGuid():N}.example/rss",
            OutletName = outlet,
            CreatedAt = DateTimeOffset.UtcNow,
            NextPollAt = DateTimeOffset.UtcNow.AddDays(1),
        };
        var link = $"https://gorod.example/{Guid.NewGuid():N}";
        var item = new InboxItem
        {
            Subscription = subscription,
            OutletName = outlet,
            ExternalId = link,
            Title = title,
            Summary = summary,
            Link = link,
            NormalizedLink = LinkNormalizer.Normalize(link),
            TitleKey = TitleSimilarity.Key(title),
            Language = "ru",
            PublishedAt = DateTimeOffset.UtcNow.AddHours(-1),
            FoundAt = DateTimeOffset.UtcNow,
            SortAt = DateTimeOffset.UtcNow.AddHours(-1),
        };
        db.Add(item);
        await db.SaveChangesAsync();
        return item;
    });
}

public sealed class SqliteRetellingSourceTests(SqliteAppFixture fixture) : RetellingSourceTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresRetellingSourceTests(PostgresAppFixture fixture) : RetellingSourceTests(fixture), IClassFixture<PostgresAppFixture>;
