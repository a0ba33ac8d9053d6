using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Comments.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>Posting, threads, edits, deletes and likes on one provider; run once per provider by the subclasses below.</summary>
public abstract class PostingTests(CommentsAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task Post_ShouldShowTheCommentAndCountIt_InHeaderAndLists()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);

        var id = await reader.Client.PostOkAsync(article, "Спасибо за разбор.\n\n> цитата\nИсточник цифр: https://example.org/путь");

        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        var comment = page.QuerySelector($"#comment-{id}")!;
        Assert.Equal(reader.DisplayName, comment.QuerySelector(".comment__author")!.TextContent);
        Assert.Equal("цитата", comment.QuerySelector(".comment__body blockquote")!.TextContent.Trim());
        Assert.Equal("nofollow ugc noopener", comment.QuerySelector(".comment__body a")!.GetAttribute("rel"));
        Assert.Equal("1 комментарий", page.QuerySelector(".byline__comments")!.TextContent);
        Assert.Equal("1 комментарий", page.QuerySelector(".comments__count")!.TextContent);
        Assert.Equal(1, await App.CountOnArticleAsync(article.Id));

        var sectionSlug = await App.WithDbAsync(db => db.Sections.Where(s => s.Id == article.SectionId).Select(s => s.Slug).FirstAsync());
        var (_, section) = await RoleClients.Anonymous(App).GetPageAsync($"/sections/{sectionSlug}");
        var card = section.QuerySelectorAll(".card").First(c => c.QuerySelector($"a[href='/articles/{article.Slug}']") is not null);
        Assert.Equal("1 комментарий", card.QuerySelector(".card__comments")!.TextContent);
    }

    [Fact]
    public async Task Permalink_ShouldRedirectToTheCommentOnItsPage()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Ссылка на меня");

        var response = await RoleClients.Anonymous(App).GetAsync($"/comments/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/articles/{article.Slug}#comment-{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Reply_ShouldNestToDepthThree_ThenFlattenWithTheNameAnswered()
    {
        var article = await App.ArticleAsync();
        var alice = await RoleClients.ReaderAsync(App, "Алиса");
        var boris = await RoleClients.ReaderAsync(App, "Борис");

        var root = await alice.Client.PostOkAsync(article, "Корень ветки");
        var level1 = await boris.Client.PostOkAsync(article, "Ответ 1", root);
        var level2 = await alice.Client.PostOkAsync(article, "Ответ 2", level1);
        var level3 = await boris.Client.PostOkAsync(article, "Ответ 3", level2);
        var level4 = await alice.Client.PostOkAsync(article, "Ответ 4", level3);

        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.NotNull(page.QuerySelector($"#comment-{root} > ol > #comment-{level1} > ol > #comment-{level2} > ol > #comment-{level3}"));
        var flattened = page.QuerySelector($"#comment-{level2} > ol > #comment-{level4}")!;
        Assert.Contains("в ответ Борис", flattened.QuerySelector(".comment__reply-to")!.TextContent);
        Assert.Equal(level3, (await App.CommentAsync(level4)).ParentId);
        Assert.Equal(5, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task Edit_ShouldMarkEdited_WithinTenMinutes_AndBeRefusedAfter()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Опечатка в тексте");

        var (_, form) = await reader.Client.GetPageAsync($"/comments/{id}/edit");
        var saved = await reader.Client.SubmitFormAsync(form.QuerySelector("form.comment-form")!, new() { ["Body"] = "Исправленный текст" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        Assert.Contains("Исправленный текст", page.QuerySelector($"#comment-{id} .comment__body")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#comment-{id} .comment__edited"));

        var posted = (await App.CommentAsync(id)).CreatedAt;
        await App.WithDbAsync(db => db.Set<Comment>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, posted.AddMinutes(-11))));
        var late = await reader.Client.SubmitFormAsync(form.QuerySelector("form.comment-form")!, new() { ["Body"] = "Поздняя правка" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Исправленный текст", (await App.CommentAsync(id)).Body);

        var stranger = await RoleClients.ReaderAsync(App);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/comments/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Delete_ShouldLeaveAPlaceholderThatKeepsTheReplies()
    {
        var article = await App.ArticleAsync();
        var alice = await RoleClients.ReaderAsync(App);
        var boris = await RoleClients.ReaderAsync(App);
        var root = await alice.Client.PostOkAsync(article, "Удалю позже");
        var reply = await boris.Client.PostOkAsync(article, "А я останусь", root);

        var (_, thread) = await alice.Client.GetPageAsync($"/articles/{article.Slug}");
        var (_, confirm) = await alice.Client.GetPageAsync(thread.QuerySelector($"#comment-{root} a.comment__delete")!.GetAttribute("href")!);
        Assert.Equal(CommentStatus.Published, (await App.CommentAsync(root)).Status);
        var response = await alice.Client.SubmitFormAsync(confirm.QuerySelector("form.comment-form")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/comments/{root}", response.Headers.Location!.OriginalString);
        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.Equal("Комментарий удалён.", page.QuerySelector($"#comment-{root} > .comment__deleted")!.TextContent);
        Assert.DoesNotContain("Удалю позже", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#comment-{root} #comment-{reply}"));
        Assert.Equal(1, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task Like_ShouldCountOncePerReader_AndToggle()
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var fan = await RoleClients.ReaderAsync(App);
        var id = await author.Client.PostOkAsync(article, "Поставьте лайк");

        await fan.Client.ActAsync(article, id, "like");
        Assert.Equal(1, (await App.CommentAsync(id)).LikeCount);
        await fan.Client.ActAsync(article, id, "like");
        Assert.Equal(0, (await App.CommentAsync(id)).LikeCount);
        await fan.Client.ActAsync(article, id, "like");

        // The page offers no like button on one's own comment, so the post is made by hand.
        var own = await author.Client.PostFormAsync($"/comments/{id}?handler=like", [], $"/articles/{article.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Equal(1, (await App.CommentAsync(id)).LikeCount);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<CommentLike>().CountAsync(l => l.CommentId == id)));
    }

    [Fact]
    public async Task Post_ShouldKeepTheTextAndSay400_WhenTheBodyIsTooLong()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var body = new string('щ', 4001);

        var response = await reader.Client.PostAsync(article, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("слишком длинный", page.QuerySelector(".comment-form__error")!.TextContent);
        Assert.Equal(body, page.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Equal(0, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task Post_ShouldBeRefused_ForMissingOrUnpublishedArticles_AndForeignOrDeletedParents()
    {
        var article = await App.ArticleAsync();
        var other = await App.ArticleAsync("Другая статья");
        var reader = await RoleClients.ReaderAsync(App);
        var foreign = await reader.Client.PostOkAsync(other, "Чужая ветка");
        var deleted = await reader.Client.PostOkAsync(article, "Скоро удалю");
        await reader.Client.DeleteOwnAsync(deleted);
        var (_, page) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        var form = page.QuerySelector("#comments > form[data-comment-form]")!;

        var toForeign = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = "Ответ не туда", ["ParentId"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var toDeleted = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = "Ответ удалённому", ["ParentId"] = deleted.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var toMissing = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = "В пустоту", ["ArticleId"] = "999999" });
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.FirstAsync(a => a.Id == article.Id);
            tracked.Unpublish();
            await db.SaveChangesAsync();
        });
        var toUnpublished = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = "Статью сняли" });

        Assert.Equal(HttpStatusCode.BadRequest, toForeign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toDeleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toMissing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toUnpublished.StatusCode);
        Assert.Contains("нельзя ответить", Html.Parse(await toForeign.Content.ReadAsStringAsync()).QuerySelector(".comment-form__error")!.TextContent);
    }

    [Fact]
    public async Task Post_ShouldAskToSignIn_WhenGuestsAreNotAllowed_AndToConfirmTheEmail()
    {
        var article = await App.ArticleAsync();
        var unconfirmed = await RoleClients.ReaderAsync(App, emailConfirmed: false);

        var (_, anonymousPage) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        var response = await unconfirmed.Client.PostAsync(article, "Ещё не подтвердил почту");

        Assert.Null(anonymousPage.QuerySelector("#comments form[data-comment-form]"));
        Assert.NotNull(anonymousPage.QuerySelector("#comments a[href^='/account/register']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Подтвердите адрес", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".comment-form__error")!.TextContent);
    }

    [Fact]
    public async Task ShowMore_ShouldPageThreads_WithoutLoadingThemAll()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        for (var i = 0; i < 25; i++)
        {
            await reader.Client.PostOkAsync(article, $"Комментарий номер {i}");
        }

        var (_, first) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        var more = first.QuerySelector(".comments__more a")!;
        var (_, second) = await RoleClients.Anonymous(App).GetPageAsync(more.GetAttribute("data-more")!);

        Assert.Equal(20, first.QuerySelectorAll("#comments .comment").Length);
        Assert.Equal("25 комментариев", first.QuerySelector(".comments__count")!.TextContent);
        Assert.Equal(5, second.QuerySelectorAll(".comment").Length);
        Assert.Null(second.QuerySelector(".comments__more"));
        var (_, newest) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}?csort=newest");
        Assert.Contains("Комментарий номер 24", newest.QuerySelector("#comments .comment")!.TextContent);
    }
}

public sealed class SqlitePostingTests(SqliteCommentsFixture fixture) : PostingTests(fixture), IClassFixture<SqliteCommentsFixture>;

public sealed class PostgresPostingTests(PostgresCommentsFixture fixture) : PostingTests(fixture), IClassFixture<PostgresCommentsFixture>;
