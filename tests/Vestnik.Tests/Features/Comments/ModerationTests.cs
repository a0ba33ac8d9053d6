using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Comments;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>Moderation modes, the queue, reports and bans on one provider.</summary>
public abstract class ModerationTests(CommentsAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private Task<SignedIn> ModeratorAsync() => RoleClients.ModeratorAsync(App, "Модератор");

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string handler, FormValues values)
    {
        var (_, page) = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll("form[method=post]")
            .First(f => handler.Length == 0 || (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.Ordinal));
        return await client.SubmitFormAsync(form, values);
    }

    private static Task<HttpResponseMessage> SetModeAsync(SignedIn moderator, string scope, int? id, ModerationMode mode)
    {
        var values = new FormValues { ["scope"] = scope, ["mode"] = mode.ToString() };
        if (id is { } value)
        {
            values["id"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return SubmitAsync(moderator.Client, "/newsroom/comments/settings", "Mode", values);
    }

    /// <summary>Ticks the given comments in the queue and presses the action's button.</summary>
    private static Task<HttpResponseMessage> QueueActionAsync(SignedIn moderator, string action, params long[] ids)
    {
        var ticked = new FormValues();
        foreach (var id in ids)
        {
            ticked.Add("ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return moderator.Client.SubmitFormAsync("/newsroom/comments?Tab=All", "#moderation-form", ticked, $"button[name=action][value={action}]");
    }

    [Fact]
    public async Task Premoderation_ShouldHoldComments_UntilAModeratorApprovesThemFromTheQueue()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var reader = await RoleClients.ReaderAsync(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SetModeAsync(moderator, "article", article.Id, ModerationMode.Premoderated)).StatusCode);

        var id = await reader.Client.PostOkAsync(article, "Жду одобрения модератора");

        var (_, anonymous) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        var (_, own) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        Assert.Null(anonymous.QuerySelector($"#comment-{id}"));
        Assert.NotNull(own.QuerySelector($"#comment-{id} .comment__awaiting"));
        var (_, queue) = await moderator.Client.GetPageAsync("/newsroom/comments");
        Assert.Equal(ModerationText.Ru.NotePremoderated, queue.QuerySelector($"#queue-{id} .moderation__notes")!.TextContent.Trim());
        var hamBefore = await App.WithDbAsync(db => db.Set<SpamToken>().Where(t => t.Token == SpamToken.DocumentsKey).Select(t => t.HamCount).FirstAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await QueueActionAsync(moderator, "Approve", id)).StatusCode);

        var (_, after) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.NotNull(after.QuerySelector($"#comment-{id}"));
        Assert.Equal(1, await App.CountOnArticleAsync(article.Id));
        var hamAfter = await App.WithDbAsync(db => db.Set<SpamToken>().Where(t => t.Token == SpamToken.DocumentsKey).Select(t => t.HamCount).FirstAsync());
        Assert.Equal(hamBefore + 1, hamAfter);
    }

    [Fact]
    public async Task ClosedAndHiddenModes_ShouldRefusePosts_AndHideTheBlock()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var existing = await reader.Client.PostOkAsync(article, "Успел до закрытия");
        var (_, open) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        var form = open.QuerySelector("#comments > form[data-comment-form]")!;

        await SetModeAsync(moderator, "article", article.Id, ModerationMode.Closed);
        var (_, closed) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        var refused = await reader.Client.SubmitFormAsync(form, new() { ["Body"] = "Уже закрыто" });
        await SetModeAsync(moderator, "article", article.Id, ModerationMode.Hidden);
        var (_, hidden) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");

        Assert.NotNull(closed.QuerySelector($"#comment-{existing}"));
        Assert.Null(closed.QuerySelector("#comments form[data-comment-form]"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(hidden.QuerySelector("#comments"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.ArticleId == article.Id)));
    }

    [Fact]
    public async Task SectionMode_ShouldApply_UnlessTheArticleOverridesIt()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var reader = await RoleClients.ReaderAsync(App);
        await SetModeAsync(moderator, "section", article.SectionId, ModerationMode.Premoderated);
        var held = await reader.Client.PostOkAsync(article, "Рубрика на премодерации");
        await SetModeAsync(moderator, "article", article.Id, ModerationMode.Open);
        var open = await reader.Client.PostOkAsync(article, "А эта статья открыта");
        await SetModeAsync(moderator, "section", article.SectionId, ModerationMode.Open);

        Assert.Equal(CommentStatus.Pending, (await App.CommentAsync(held)).Status);
        Assert.Equal(CommentStatus.Published, (await App.CommentAsync(open)).Status);
    }

    [Fact]
    public async Task ModesAndBans_ShouldBeNotFound_ForASectionArticleOrAccountThatDoesNotExist()
    {
        var moderator = await ModeratorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await SetModeAsync(moderator, "section", int.MaxValue, ModerationMode.Closed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SetModeAsync(moderator, "article", int.MaxValue, ModerationMode.Closed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.Client.GetAsync("/newsroom/comments/readers/no-such-account")).StatusCode);
        var ban = await moderator.Client.PostFormAsync(
            "/newsroom/comments/readers/no-such-account?handler=Ban", new() { ["reason"] = "спам" }, CommentUrls.Settings);
        Assert.Equal(HttpStatusCode.NotFound, ban.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Set<CommentBan>().AnyAsync(b => b.UserId == "no-such-account")));
    }

    [Fact]
    public async Task Reports_ShouldHideAComment_AtTheThreshold_AndShowReasonsInTheQueue()
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var id = await author.Client.PostOkAsync(article, "Спорное мнение");
        // A preset, "other" with details, and the free text of the form before the presets.
        FormValues[] reports =
        [
            new() { ["preset"] = "spam" },
            new() { ["preset"] = "other", ["reason"] = "переход на личности" },
            new() { ["reason"] = "оскорбление" },
        ];
        for (var i = 0; i < 3; i++)
        {
            var reporter = await RoleClients.ReaderAsync(App);
            var response = await reporter.Client.ReportAsync(article, id, reports[i]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(i < 2 ? 1 : 0, await App.CountOnArticleAsync(article.Id));
        }

        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        var moderator = await ModeratorAsync();
        var (_, queue) = await moderator.Client.GetPageAsync("/newsroom/comments?Tab=Reported");
        Assert.Null(page.QuerySelector($"#comment-{id}"));
        Assert.Equal(CommentStatus.Pending, (await App.CommentAsync(id)).Status);
        var reasons = queue.QuerySelectorAll($"#queue-{id} .moderation__reports li span").Select(li => li.TextContent).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Другое: переход на личности", "Спам или реклама", "оскорбление"], reasons);
    }

    [Fact]
    public async Task Ban_ShouldRefusePosts_AndShadowBan_ShouldShowThemOnlyToTheAuthor()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var banned = await RoleClients.ReaderAsync(App);
        var shadowed = await RoleClients.ReaderAsync(App);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(moderator.Client, $"/newsroom/comments/readers/{banned.Id}", "Ban", new() { ["reason"] = "спам" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(moderator.Client, $"/newsroom/comments/readers/{shadowed.Id}", "Ban", new() { ["shadow"] = "true" })).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.Set<CommentBan>().CountAsync(b => b.UserId == banned.Id || b.UserId == shadowed.Id)));
        var refused = await banned.Client.PostAsync(article, "Меня забанили");
        var shadowId = await shadowed.Client.PostOkAsync(article, "Меня никто не видит");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var (_, own) = await shadowed.Client.GetPageAsync($"/articles/{article.Slug}");
        var (_, others) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.NotNull(own.QuerySelector($"#comment-{shadowId} .comment__body"));
        Assert.Null(own.QuerySelector($"#comment-{shadowId} .comment__awaiting"));
        Assert.Null(others.QuerySelector($"#comment-{shadowId}"));
        Assert.Equal(0, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task ShadowBannedReply_ShouldShowInTheThreadOnlyToItsAuthor()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var author = await RoleClients.ReaderAsync(App);
        var shadowed = await RoleClients.ReaderAsync(App);
        var root = await author.Client.PostOkAsync(article, "Корень ветки с теневым ответом");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(moderator.Client, $"/newsroom/comments/readers/{shadowed.Id}", "Ban", new() { ["shadow"] = "true" })).StatusCode);

        var hidden = await shadowed.Client.PostOkAsync(article, "Теневой ответ в ветке", root);
        var shown = await author.Client.PostOkAsync(article, "Обычный ответ в ветке", root);

        var (_, own) = await shadowed.Client.GetPageAsync($"/articles/{article.Slug}");
        var (_, others) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.NotNull(own.QuerySelector($"#comment-{root} > ol > #comment-{hidden}"));
        Assert.Null(others.QuerySelector($"#comment-{hidden}"));
        Assert.NotNull(others.QuerySelector($"#comment-{root} > ol > #comment-{shown}"));
        Assert.Equal(2, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task RemoveAll_ShouldTakeDownEveryCommentOfTheAccount_AndFixTheCounts()
    {
        var first = await App.ArticleAsync();
        var second = await App.ArticleAsync("Вторая статья");
        var moderator = await ModeratorAsync();
        var troll = await RoleClients.ReaderAsync(App);
        await troll.Client.PostOkAsync(first, "Тролль раз");
        await troll.Client.PostOkAsync(second, "Тролль два");

        var (_, history) = await moderator.Client.GetPageAsync($"/newsroom/comments/readers/{troll.Id}");
        Assert.Equal(2, history.QuerySelectorAll("ol li").Length);
        await SubmitAsync(moderator.Client, $"/newsroom/comments/readers/{troll.Id}", "RemoveAll", []);

        Assert.Equal(0, await App.CountOnArticleAsync(first.Id));
        Assert.Equal(0, await App.CountOnArticleAsync(second.Id));
        Assert.All(await App.WithDbAsync(db => db.Set<Comment>().Where(c => c.AuthorId == troll.Id).ToListAsync()),
            c => Assert.Equal(CommentStatus.Rejected, c.Status));
    }

    [Fact]
    public async Task Queue_ShouldBeClosedToReaders_AndActionsShouldChangeNothingForThem()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Не трогайте меня");

        var page = await reader.Client.GetAsync("/newsroom/comments");
        var anonymous = await RoleClients.Anonymous(App).GetAsync("/newsroom/comments/settings");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.AbsolutePath);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal(CommentStatus.Published, (await App.CommentAsync(id)).Status);
    }

    [Fact]
    public async Task QueueFilters_ShouldFindByAuthorAndText_AndBulkSpamShouldTeachTheClassifier()
    {
        var article = await App.ArticleAsync();
        var moderator = await ModeratorAsync();
        var spammer = await RoleClients.ReaderAsync(App, "Спамер Вася");
        var a = await spammer.Client.PostOkAsync(article, "Уникальная фраза раз");
        var b = await spammer.Client.PostOkAsync(article, "Уникальная фраза два");

        var (_, byAuthor) = await moderator.Client.GetPageAsync("/newsroom/comments?Tab=All&Author=" + Uri.EscapeDataString("Спамер Вася"));
        var (_, byText) = await moderator.Client.GetPageAsync("/newsroom/comments?Tab=All&Text=" + Uri.EscapeDataString("фраза два"));
        Assert.Equal(2, byAuthor.QuerySelectorAll("[data-comment-row]").Length);
        Assert.Single(byText.QuerySelectorAll("[data-comment-row]"));

        await QueueActionAsync(moderator, "Spam", a, b);

        Assert.Equal(CommentStatus.Spam, (await App.CommentAsync(a)).Status);
        Assert.Equal(CommentStatus.Spam, (await App.CommentAsync(b)).Status);
        Assert.Equal(0, await App.CountOnArticleAsync(article.Id));
        Assert.True(await App.WithDbAsync(db => db.Set<SpamToken>().AnyAsync(t => t.Token == "w:уникальн" && t.SpamCount >= 2)));
    }
}

public sealed class SqliteModerationTests(SqliteCommentsFixture fixture) : ModerationTests(fixture), IClassFixture<SqliteCommentsFixture>;

public sealed class PostgresModerationTests(PostgresCommentsFixture fixture) : ModerationTests(fixture), IClassFixture<PostgresCommentsFixture>;
