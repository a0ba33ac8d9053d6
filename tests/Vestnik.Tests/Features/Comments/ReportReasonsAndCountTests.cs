using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Posting;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>Report reasons as presets plus "other", and the count the posting script receives with a new comment.</summary>
public abstract class ReportReasonsAndCountTests(CommentsAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task ReportForm_ShouldOfferThePresetsAndOther()
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var reader = await RoleClients.ReaderAsync(App);
        var id = await author.Client.PostOkAsync(article, "Комментарий для жалобы");

        var (_, page) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");

        var presets = page.QuerySelectorAll($"#comment-{id} form.comment__report-form input[type=radio][name=preset]")
            .Select(r => (r.GetAttribute("value"), r.ParentElement!.TextContent.Trim())).ToList();
        Assert.Equal(
            [("spam", "Спам или реклама"), ("abuse", "Оскорбления"), ("off-topic", "Не по теме"), ("misinformation", "Ложная информация"), ("other", "Другое")],
            presets);
    }

    [Theory]
    [InlineData("spam", "", "spam")]
    [InlineData("misinformation", "неважно что тут", "misinformation")]
    [InlineData("other", "Реклама казино в ссылке", "other: Реклама казино в ссылке")]
    [InlineData(null, "Старая форма: своими словами", "Старая форма: своими словами")]
    public async Task Report_ShouldStoreTheStableCode_OrOtherWithItsDetails_OrTheOldFreeText(string? preset, string details, string stored)
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var reader = await RoleClients.ReaderAsync(App);
        // Texts differ from test to test: the same text twice within an hour is refused as a duplicate.
        var id = await author.Client.PostOkAsync(article, $"Комментарий для жалобы: {preset ?? "старая форма"} {details}");
        var values = new FormValues { ["reason"] = details };
        if (preset is not null)
        {
            values["preset"] = preset;
        }

        var response = await reader.Client.ReportAsync(article, id, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(stored, await ReasonAsync(id));
    }

    [Theory]
    [InlineData("other", "", "Для причины «Другое» опишите, что не так (до 480 символов).")]
    [InlineData("other", "слишком длинно", "Для причины «Другое» опишите, что не так (до 480 символов).")]
    [InlineData("no-such-preset", "что-то своё", "Опишите причину жалобы (до 480 символов).")]
    [InlineData(null, "", "Опишите причину жалобы (до 480 символов).")]
    public async Task Report_ShouldBeRefusedWith400_WhenIncomplete(string? preset, string details, string message)
    {
        var article = await App.ArticleAsync();
        var author = await RoleClients.ReaderAsync(App);
        var reader = await RoleClients.ReaderAsync(App);
        // Texts differ from test to test: the same text twice within an hour is refused as a duplicate.
        var id = await author.Client.PostOkAsync(article, $"Комментарий для жалобы: {preset ?? "старая форма"} {details}");
        // What the reader typed must come back, however long: the form's maxlength is the browser's business.
        var typed = details == "слишком длинно" ? new string('ж', ReportReasons.MaxDetailsLength + 1) : details;
        var values = new FormValues { ["reason"] = typed };
        if (preset is not null)
        {
            values["preset"] = preset;
        }

        var response = await reader.Client.ReportAsync(article, id, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("form.comment__report-form [role=alert]")!.TextContent.Trim());
        Assert.Equal(typed, page.QuerySelector("form.comment__report-form input[name=reason]")!.GetAttribute("value") ?? "");
        Assert.Equal(preset is "other", page.QuerySelector("input[name=preset][value=other]")!.HasAttribute("checked"));
        Assert.Null(await ReasonAsync(id));

        // Completed on the page it came back to, the report is filed.
        var completed = await reader.Client.SubmitFormAsync(page.QuerySelector("form.comment__report-form")!,
            new FormValues { ["preset"] = "other", ["reason"] = "Реклама в тексте" });
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal("other: Реклама в тексте", await ReasonAsync(id));
    }

    [Fact]
    public async Task PostByScript_ShouldAnswerTheArticlesNewCount_WithTheComment()
    {
        var article = await App.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(App);
        await reader.Client.PostOkAsync(article, "Спасибо за подробный разбор, было интересно читать.");
        var (_, page) = await reader.Client.GetPageAsync($"/articles/{article.Slug}");
        Assert.Equal("1 комментарий", page.QuerySelector("#comments [data-comment-count]")!.TextContent);
        var form = page.QuerySelector("#comments > form[data-comment-form]")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/comments/post")
        {
            Content = Html.FormContent(form, new() { ["Body"] = "Согласен с автором, но цифры стоит проверить." }),
            Headers = { { "X-Requested-With", "fetch" } },
        };
        var response = await reader.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2 комментария", answer.QuerySelector("[data-comment-count]")!.TextContent);
        Assert.Contains("цифры стоит проверить", answer.QuerySelector("li.comment .comment__body")!.TextContent, StringComparison.Ordinal);
    }

    private Task<string?> ReasonAsync(long commentId) =>
        App.WithDbAsync(db => db.Set<CommentReport>().Where(r => r.CommentId == commentId).Select(r => r.Reason).FirstOrDefaultAsync());
}

public sealed class SqliteReportReasonsAndCountTests(SqliteCommentsFixture fixture) : ReportReasonsAndCountTests(fixture), IClassFixture<SqliteCommentsFixture>;

public sealed class PostgresReportReasonsAndCountTests(PostgresCommentsFixture fixture) : ReportReasonsAndCountTests(fixture), IClassFixture<PostgresCommentsFixture>;
