using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Comments.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>The reader's account page at /account: every action, its refusals, and who may do what.</summary>
public abstract partial class AccountTests(CommentsAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task Account_ShouldSendAnonymousVisitorsToSignIn()
    {
        var response = await RoleClients.Anonymous(App).GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_ShouldShowTheReadersNameAddressAndComments_InBothLanguages()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Мой первый комментарий");

        var (response, page) = await reader.Client.GetPageAsync("/account");
        var (english, enPage) = await reader.Client.GetPageAsync("/en/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Мой аккаунт", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(reader.DisplayName, page.QuerySelector<IHtmlInputElement>("#display-name")!.Value);
        Assert.Contains(reader.Email, page.QuerySelector("#account-email + p")!.TextContent, StringComparison.Ordinal);
        var own = page.QuerySelector($"#own-comment-{id}")!;
        Assert.Contains("Мой первый комментарий", own.TextContent, StringComparison.Ordinal);
        Assert.NotNull(own.QuerySelector($"a[href='/articles/{article.Slug}']"));
        Assert.NotNull(own.QuerySelector($"a[href='/comments/{id}/delete?returnUrl=%2Faccount']"));
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("My account", enPage.QuerySelector("h1")!.TextContent);
        Assert.DoesNotMatch(CyrillicInterface(), enPage.QuerySelector(".account h2")!.TextContent);
    }

    [Fact]
    public async Task Name_ShouldChange_AndFollowTheReaderOntoTheirComments()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Подпишусь новым именем");
        var name = "Новое имя " + Guid.NewGuid().ToString("N")[..6];

        var response = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=name']", new() { ["DisplayName"] = name });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await reader.Client.GetPageAsync("/account");
        Assert.Equal("Имя изменено.", page.QuerySelector(".comments__flash")!.TextContent);
        Assert.Equal(name, page.QuerySelector<IHtmlInputElement>("#display-name")!.Value);
        Assert.Equal(name, (await App.CommentAsync(id)).AuthorName);
        var (_, articlePage) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.Equal(name, articlePage.QuerySelector($"#comment-{id} .comment__author")!.TextContent);
    }

    [Fact]
    public async Task Name_ShouldBeRefusedWith400_KeepingWhatWasTyped_WhenAnotherReaderLooksTheSame()
    {
        var other = await RoleClients.ReaderAsync(App, "Борис " + Guid.NewGuid().ToString("N")[..6]);
        var reader = await RoleClients.ReaderAsync(App);
        var lookAlike = other.DisplayName.ToUpperInvariant();

        var response = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=name']", new() { ["DisplayName"] = lookAlike });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(lookAlike, page.QuerySelector<IHtmlInputElement>("#display-name")!.Value);
        Assert.Contains("очень похожим именем", page.QuerySelector("#name-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(reader.DisplayName, await App.WithDbAsync(db => db.Users.Where(u => u.Id == reader.Id).Select(u => u.DisplayName).FirstAsync()));
    }

    [Fact]
    public async Task Email_ShouldChangeOnlyFromTheLinkSentToTheNewAddress()
    {
        var reader = await RoleClients.ReaderAsync(App);
        var newAddress = $"moved-{Guid.NewGuid():N}@test.vestnik";

        var response = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=email']", new() { ["NewEmail"] = newAddress });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(reader.Email, await EmailOfAsync(reader.Id));
        var link = LinkIn(await Mailbox.SingleBodyToAsync(App, newAddress));
        var (confirmed, page) = await RoleClients.Anonymous(App).GetPageAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Адрес изменён.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(newAddress, await EmailOfAsync(reader.Id));

        // The reader now signs in with the new address, and the link does not work twice.
        var client = RoleClients.Anonymous(App);
        await RoleClients.SignInAsync(client, newAddress, reader.Account.Password);
        Assert.Equal(HttpStatusCode.BadRequest, (await RoleClients.Anonymous(App).GetAsync(link.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Email_ShouldAnswerAsForAFreeAddress_AndTellOnlyItsOwner_WhenAnotherAccountHasIt()
    {
        var owner = await RoleClients.ReaderAsync(App);
        var reader = await RoleClients.ReaderAsync(App);
        var free = $"free-{Guid.NewGuid():N}@test.vestnik";

        var taken = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=email']", new() { ["NewEmail"] = owner.Email });
        var (_, takenPage) = await reader.Client.GetPageAsync("/account");
        var untaken = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=email']", new() { ["NewEmail"] = free });
        var (_, freePage) = await reader.Client.GetPageAsync("/account");

        Assert.Equal(untaken.StatusCode, taken.StatusCode);
        Assert.Equal(untaken.Headers.Location, taken.Headers.Location);
        Assert.Equal(freePage.QuerySelector(".comments__flash")!.TextContent, takenPage.QuerySelector(".comments__flash")!.TextContent);
        var note = await Mailbox.SingleBodyToAsync(App, owner.Email);
        Assert.DoesNotContain("/account/email/confirm", note, StringComparison.Ordinal);
        Assert.Equal(reader.Email, await EmailOfAsync(reader.Id));
        Assert.Equal(owner.Email, await EmailOfAsync(owner.Id));
    }

    [Fact]
    public async Task Email_ShouldBeRefusedWith400_KeepingWhatWasTyped_WhenNotAnAddress()
    {
        var reader = await RoleClients.ReaderAsync(App);

        var response = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=email']", new() { ["NewEmail"] = "не адрес@" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("не адрес@", page.QuerySelector<IHtmlInputElement>("#new-email")!.Value);
        Assert.Equal("Укажите настоящий адрес электронной почты.", page.QuerySelector("#email-error")!.TextContent);
    }

    [Fact]
    public async Task Password_ShouldChange_KeepingTheSessionSignedIn_AndRefuseAWrongCurrentOne()
    {
        var reader = await RoleClients.ReaderAsync(App);
        const string newPassword = "Another-password-2";

        var wrong = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=password']",
            new() { ["CurrentPassword"] = "not-the-password", ["NewPassword"] = newPassword });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = Html.Parse(await wrong.Content.ReadAsStringAsync());
        Assert.Equal("Пароль неверен.", wrongPage.QuerySelector("#password-errors")!.TextContent.Trim());
        Assert.Empty(wrongPage.QuerySelector<IHtmlInputElement>("#current-password")!.Value);

        var changed = await reader.Client.SubmitFormAsync("/account", "form[action*='handler=password']",
            new() { ["CurrentPassword"] = reader.Account.Password, ["NewPassword"] = newPassword });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (stillIn, page) = await reader.Client.GetPageAsync("/account");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("Пароль изменён.", page.QuerySelector(".comments__flash")!.TextContent);
        await RoleClients.SignInAsync(RoleClients.Anonymous(App), reader.Email, newPassword);
    }

    [Fact]
    public async Task Notifications_ShouldSwitchReplyEmailsOffAndOn()
    {
        var reader = await RoleClients.ReaderAsync(App);

        // An unticked box sends nothing, as a browser does.
        var off = await reader.Client.PostFormAsync("/account?handler=notifications", [], "/account");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await NotifyAsync(reader.Id));
        var (_, page) = await reader.Client.GetPageAsync("/account");
        Assert.False(page.QuerySelector<IHtmlInputElement>("input[name=notifyOnReply]")!.IsChecked);

        await reader.Client.SubmitFormAsync("/account", "form[action*='handler=notifications']", new() { ["notifyOnReply"] = "true" });
        Assert.True(await NotifyAsync(reader.Id));
    }

    [Fact]
    public async Task OwnComment_ShouldBeDeletedFromTheAccountPage_OnlyAfterTheConfirmation()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Передумал");
        var (_, account) = await reader.Client.GetPageAsync("/account");
        var deleteLink = account.QuerySelector($"#own-comment-{id} a[href^='/comments/{id}/delete']")!.GetAttribute("href")!;

        var (asked, confirm) = await reader.Client.GetPageAsync(deleteLink);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("Удалить комментарий?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Equal("Передумал", confirm.QuerySelector("blockquote")!.TextContent);
        Assert.Equal(CommentStatus.Published, (await App.CommentAsync(id)).Status);

        var deleted = await reader.Client.SubmitFormAsync(confirm.QuerySelector("form.comment-form")!);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account", deleted.Headers.Location!.OriginalString);
        Assert.Equal(CommentStatus.Deleted, (await App.CommentAsync(id)).Status);
        Assert.Equal(0, await App.CountOnArticleAsync(article.Id));
        var (_, after) = await reader.Client.GetPageAsync("/account");
        Assert.Null(after.QuerySelector($"#own-comment-{id}"));
        Assert.Equal("Комментарий удалён.", after.QuerySelector(".comments__flash")!.TextContent);
    }

    [Fact]
    public async Task DeleteConfirmation_ShouldAnswer404_ForAnotherReadersComment_AndNeverReturnElsewhere()
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var stranger = await RoleClients.ReaderAsync(App);
        var id = await author.Client.PostOkAsync(article, "Чужой комментарий");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/comments/{id}/delete")).StatusCode);
        var forged = await stranger.Client.PostFormAsync($"/comments/{id}/delete", [], "/account");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(CommentStatus.Published, (await App.CommentAsync(id)).Status);

        var (_, confirm) = await author.Client.GetPageAsync($"/comments/{id}/delete?returnUrl=https%3A%2F%2Fevil.example%2F");
        var deleted = await author.Client.SubmitFormAsync(confirm.QuerySelector("form.comment-form")!);
        Assert.Equal($"/comments/{id}", deleted.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AccountForms_ShouldRefuseAPostWithoutTheAntiforgeryToken()
    {
        var reader = await RoleClients.ReaderAsync(App);

        using var content = new FormUrlEncodedContent([new("DisplayName", "Подделка")]);
        var response = await reader.Client.PostAsync("/account?handler=name", content);
        using var deleteContent = new FormUrlEncodedContent([new("Password", reader.Account.Password)]);
        var deleteResponse = await reader.Client.PostAsync("/account/delete", deleteContent);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deleteResponse.StatusCode);
        Assert.Equal(reader.DisplayName, await App.WithDbAsync(db => db.Users.Where(u => u.Id == reader.Id).Select(u => u.DisplayName).FirstAsync()));
    }

    [Fact]
    public async Task Data_ShouldDownloadTheReadersProfileAndComments_AsJson()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var id = await reader.Client.PostOkAsync(article, "Это войдёт в выгрузку");

        var response = await reader.Client.GetAsync("/account/data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("my-data.json", response.Content.Headers.ContentDisposition!.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(reader.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(reader.DisplayName, root.GetProperty("account").GetProperty("displayName").GetString());
        var comment = Assert.Single(root.GetProperty("comments").EnumerateArray());
        Assert.Equal(id, comment.GetProperty("id").GetInt64());
        Assert.Equal("Это войдёт в выгрузку", comment.GetProperty("body").GetString());
        Assert.Equal($"/articles/{article.Slug}", comment.GetProperty("article").GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Redirect, (await RoleClients.Anonymous(App).GetAsync("/account/data")).StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_ShouldLeavePlaceholdersThatKeepTheThreads_AndSignTheReaderOut()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        var other = await RoleClients.ReaderAsync(App);
        var own = await reader.Client.PostOkAsync(article, "Уйду, но ветка останется");
        var reply = await other.Client.PostOkAsync(article, "Ответ остаётся", own);
        var liked = await other.Client.PostOkAsync(article, "Мне поставят лайк");
        await reader.Client.ActAsync(article, liked, "like");

        var (asked, confirm) = await reader.Client.GetPageAsync("/account/delete");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var wrong = await reader.Client.SubmitFormAsync(confirm.QuerySelector("form.form")!, new() { ["Password"] = "not-the-password" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotNull(await App.WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.Id == reader.Id)));

        var deleted = await reader.Client.SubmitFormAsync(confirm.QuerySelector("form.form")!, new() { ["Password"] = reader.Account.Password });

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.Id == reader.Id)));
        var placeholder = await App.CommentAsync(own);
        Assert.Equal(CommentStatus.Deleted, placeholder.Status);
        Assert.Null(placeholder.AuthorId);
        Assert.Empty(placeholder.AuthorName);
        Assert.Equal(0, (await App.CommentAsync(liked)).LikeCount);
        Assert.Equal(2, await App.CountOnArticleAsync(article.Id));
        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{article.Slug}");
        Assert.Equal("Комментарий удалён.", page.QuerySelector($"#comment-{own} > .comment__deleted")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#comment-{own} #comment-{reply}"));
        Assert.DoesNotContain(reader.DisplayName, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_ShouldBeRefusedWith409_ForStaff()
    {
        var editor = await RoleClients.EditorAsync(App);

        var (asked, page) = await editor.Client.GetPageAsync("/account/delete");
        var posted = await editor.Client.PostFormAsync("/account/delete", new() { ["Password"] = editor.Account.Password }, "/account");

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Contains("сотрудника редакции", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=Password]"));
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.NotNull(await App.WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.Id == editor.Id)));
    }

    private Task<string?> EmailOfAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstAsync());

    private Task<bool> NotifyAsync(string userId) =>
        App.WithDbAsync(db => db.Set<ReaderSettings>().Where(s => s.UserId == userId).Select(s => s.NotifyOnReply).FirstAsync());

    private static Uri LinkIn(string body) => new(LinkPattern().Match(body).Value);

    [GeneratedRegex(@"https?://\S+/account/email/confirm\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicInterface();
}

public sealed class SqliteAccountTests(SqliteCommentsFixture fixture) : AccountTests(fixture), IClassFixture<SqliteCommentsFixture>;

public sealed class PostgresAccountTests(PostgresCommentsFixture fixture) : AccountTests(fixture), IClassFixture<PostgresCommentsFixture>;
