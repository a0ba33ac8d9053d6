using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>The anti-spam pipeline, banned words, reply notifications, registration and concurrent posting, on one provider.</summary>
public abstract partial class PipelineTests(CommentsAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task Honeypot_ShouldFileTheCommentAsSpam_WithTheReason()
    {
        var article = await App.ArticleAsync();
        var robot = await RoleClients.ReaderAsync(App);

        var id = await robot.Client.PostOkAsync(article, "Обычный с виду текст робота", extra: new() { ["Website"] = "http://spam.example" });

        var comment = await App.CommentAsync(id);
        Assert.Equal(CommentStatus.Spam, comment.Status);
        Assert.Contains("honeypot", comment.ReviewNotes);
        Assert.Equal(0, await App.CountOnArticleAsync(article.Id));
    }

    [Fact]
    public async Task Duplicate_ShouldBeRefused_WhoeverPostsIt()
    {
        var article = await App.ArticleAsync();
        var first = await RoleClients.ReaderAsync(App);
        var second = await RoleClients.ReaderAsync(App);
        var text = "Скопированный текст " + Guid.NewGuid().ToString("N")[..8];
        await first.Client.PostOkAsync(article, text);

        var again = await second.Client.PostAsync(article, text.ToUpperInvariant() + "!!");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.ArticleId == article.Id)));
    }

    [Fact]
    public async Task ManyLinksAndSpammyText_ShouldBeHeldWithReasons()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);

        var links = await reader.Client.PostOkAsync(article, "Смотрите http://a.example http://b.example http://c.example http://d.example");
        var spam = await reader.Client.PostOkAsync(article, "Заработок в интернете без вложений, казино бонус, пишите в телеграм https://t.me/x");

        Assert.Contains("links|4|", (await App.CommentAsync(links)).ReviewNotes);
        var held = await App.CommentAsync(spam);
        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Contains("classifier|", held.ReviewNotes);
        Assert.True(held.SpamScore >= 0.9);

        // The queue says why in the moderator's language, numbers included.
        var moderator = await RoleClients.ModeratorAsync(App, "Модератор");
        var (_, queue) = await moderator.Client.GetPageAsync("/newsroom/comments");
        var notes = queue.QuerySelectorAll("[data-comment-row]").Single(r => r.TextContent.Contains("http://d.example", StringComparison.Ordinal))
            .QuerySelector(".moderation__notes")!;
        Assert.StartsWith("ссылок: 4 (без проверки проходит не больше", notes.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(notes.QuerySelector("[lang=en]"));
    }

    [Fact]
    public async Task BannedWords_ShouldHoldOrRejectInflectedForms()
    {
        var article = await App.ArticleAsync();
        var moderator = await RoleClients.ModeratorAsync(App, "Модератор");
        var reader = await RoleClients.ReaderAsync(App);
        var (_, settings) = await moderator.Client.GetPageAsync("/newsroom/comments/settings");
        var form = settings.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("AddWord", StringComparison.Ordinal));
        await moderator.Client.SubmitFormAsync(form, new() { ["word"] = "Негодяй", ["action"] = "Hold" });
        await moderator.Client.SubmitFormAsync(form, new() { ["word"] = "мошенник", ["action"] = "Reject" });

        var held = await reader.Client.PostOkAsync(article, "Все они негодяями были");
        var rejected = await reader.Client.PostAsync(article, "Там одни мошенники");

        var comment = await App.CommentAsync(held);
        Assert.Equal(CommentStatus.Pending, comment.Status);
        Assert.Contains("«негодяй»", comment.ReviewNotes);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("запрещённые слова", Html.Parse(await rejected.Content.ReadAsStringAsync()).QuerySelector(".comment-form__error")!.TextContent);
    }

    [Fact]
    public async Task Reply_ShouldEmailTheParentsAuthor_UntilTheyUnsubscribeWithoutSigningIn()
    {
        var article = await App.ArticleAsync();
        var alice = await RoleClients.ReaderAsync(App, "Алиса");
        var boris = await RoleClients.ReaderAsync(App, "Борис");
        var root = await alice.Client.PostOkAsync(article, "Что думаете?");

        var reply = await boris.Client.PostOkAsync(article, "Думаю, что всё хорошо", root);

        var mail = await WaitForMailAsync(alice.Email, 1);
        Assert.Contains($"/comments/{reply}", mail[0]);
        var unsubscribe = UnsubscribeLink().Match(mail[0]).Groups[1].Value;
        var anonymous = RoleClients.Anonymous(App);
        var done = await anonymous.SubmitFormAsync(unsubscribe, "form.form");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        await boris.Client.PostOkAsync(article, "Ещё один ответ после отписки", root);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Single(await Mailbox.BodiesToAsync(App, alice.Email));
    }

    [Fact]
    public async Task Register_ShouldSendAConfirmationLink_ThatLetsTheReaderComment()
    {
        var article = await App.ArticleAsync();
        var client = RoleClients.Anonymous(App);
        var email = $"new-{Guid.NewGuid():N}@test.vestnik";

        var registered = await client.SubmitFormAsync($"/account/register?returnUrl=/articles/{article.Slug}", "form.form", new()
        {
            ["Email"] = email, ["Password"] = "Long-enough-password-1", ["DisplayName"] = "  Новый   читатель ",
        });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var link = ConfirmLink().Match((await WaitForMailAsync(email, 1))[0]).Groups[1].Value;
        var confirmed = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/articles/{article.Slug}", confirmed.Headers.Location!.OriginalString);
        var id = await client.PostOkAsync(article, "Теперь можно");
        Assert.Equal("Новый читатель", (await App.CommentAsync(id)).AuthorName);
    }

    [Fact]
    public async Task Register_ShouldKeepTheFieldsAndSay400_OnBadInput()
    {
        var client = RoleClients.Anonymous(App);

        var response = await client.SubmitFormAsync("/account/register", "form.form", new()
        {
            ["Email"] = "not-an-email", ["Password"] = "Long-enough-password-1", ["DisplayName"] = "Я",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, page.QuerySelectorAll("#register-errors li").Length);
        Assert.Equal("not-an-email", page.QuerySelector("#email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ConcurrentPosts_ShouldEachBeStoredOnce_AndTheCountShouldMatch()
    {
        var article = await App.ArticleAsync();
        var readers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RoleClients.ReaderAsync(App)));
        var (_, page) = await readers[0].Client.GetPageAsync($"/articles/{article.Slug}");
        var forms = await Task.WhenAll(readers.Select(async r => (await r.Client.GetPageAsync($"/articles/{article.Slug}")).Document.QuerySelector("#comments > form")!));
        using var gate = new SemaphoreSlim(10);

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                var reader = readers[i % readers.Length];
                var body = $"Параллельный комментарий {i} {Guid.NewGuid():N}";
                var response = await reader.Client.SubmitFormAsync(forms[i % readers.Length], new() { ["Body"] = body });
                return (body, response.StatusCode);
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.NotNull(page);
        var succeeded = results.Where(r => r.StatusCode == HttpStatusCode.Redirect).Select(r => r.body).ToList();
        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        var stored = await App.WithDbAsync(db => db.Set<Comment>().Where(c => c.ArticleId == article.Id).Select(c => c.Body).ToListAsync());
        Assert.Equal(succeeded.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        var published = await App.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.ArticleId == article.Id && c.Status == CommentStatus.Published));
        Assert.Equal(published, await App.CountOnArticleAsync(article.Id));
        Assert.True(succeeded.Count >= 990, $"only {succeeded.Count} of 1000 posts succeeded");
    }

    private async Task<List<string>> WaitForMailAsync(string to, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var mail = await Mailbox.BodiesToAsync(App, to);
            if (mail.Count >= count)
            {
                return mail;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"no email to {to}");
    }

    [GeneratedRegex(@"(http\S+/comments/unsubscribe/\S+)")]
    private static partial Regex UnsubscribeLinkPattern();

    private static Regex UnsubscribeLink() => UnsubscribeLinkPattern();

    [GeneratedRegex(@"(http\S+/account/confirm\S+)")]
    private static partial Regex ConfirmLinkPattern();

    private static Regex ConfirmLink() => ConfirmLinkPattern();
}

public sealed class SqlitePipelineTests(SqliteCommentsFixture fixture) : PipelineTests(fixture), IClassFixture<SqliteCommentsFixture>;

public sealed class PostgresPipelineTests(PostgresCommentsFixture fixture) : PipelineTests(fixture), IClassFixture<PostgresCommentsFixture>;

/// <summary>The human-speed checks with their defaults: an app of their own, so the relaxed fixture stays relaxed.</summary>
public sealed class HumanSpeedTests
{
    [Fact]
    public async Task FastSubmitAndFlood_ShouldBeHeldAndAnsweredWith429AndRetryAfter()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Comments:PostsPerMinutePerAccount", "2"));
        app.StartServer();
        var article = await app.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(app);

        var fast = await reader.Client.PostOkAsync(article, "Слишком быстро набрал");
        await reader.Client.PostOkAsync(article, "Второй за минуту");
        var third = await reader.Client.PostAsync(article, "Третий за минуту");

        var held = await app.CommentAsync(fast);
        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Contains("timing|", held.ReviewNotes);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("слишком часто", Html.Parse(await third.Content.ReadAsStringAsync()).QuerySelector(".comment-form__error")!.TextContent);
    }
}
