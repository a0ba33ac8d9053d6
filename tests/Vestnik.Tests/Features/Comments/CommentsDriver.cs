using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>Drives the comment block the way a browser without script does: real forms, antiforgery, cookies.</summary>
public static class CommentsDriver
{
    public static Task<Article> ArticleAsync(this VestnikApp app, string title = "Статья для комментариев") =>
        app.WithDbAsync(db => TestArticles.CreateAsync(db, title));

    /// <summary>Posts through the form on the article page (the reply form of <paramref name="parentId"/> when given).</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, Article article, string body, long? parentId = null,
        Dictionary<string, string>? extra = null)
    {
        var (_, page) = await client.GetPageAsync($"/articles/{article.Slug}");
        var form = parentId is null
            ? page.QuerySelector("#comments > form[data-comment-form]")
            : page.QuerySelector($"#comment-{parentId} form[data-comment-form]");
        Assert.NotNull(form);
        var values = new FormValues { ["Body"] = body };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }
        return await client.SubmitFormAsync(form, values);
    }

    /// <summary>Posts and returns the new comment's id, from the redirect to its permalink.</summary>
    public static async Task<long> PostOkAsync(this HttpClient client, Article article, string body, long? parentId = null,
        Dictionary<string, string>? extra = null)
    {
        var response = await client.PostAsync(article, body, parentId, extra);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString["/comments/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sends one of the forms inside a comment (like, delete, report) as the page renders it.</summary>
    public static async Task<HttpResponseMessage> ActAsync(this HttpClient client, Article article, long commentId, string handler,
        FormValues? values = null)
    {
        var (_, page) = await client.GetPageAsync($"/articles/{article.Slug}");
        var form = page.QuerySelectorAll($"#comment-{commentId} form")
            .OfType<IHtmlFormElement>()
            .First(f => f.GetAttribute("action")!.EndsWith("handler=" + handler, StringComparison.Ordinal));
        return await client.SubmitFormAsync(form, values);
    }

    /// <summary>Reports a comment with the form under it on the article page.</summary>
    public static async Task<HttpResponseMessage> ReportAsync(this HttpClient client, Article article, long commentId, FormValues values)
    {
        var (_, page) = await client.GetPageAsync($"/articles/{article.Slug}");
        return await client.SubmitFormAsync(page.QuerySelector($"#comment-{commentId} form.comment__report-form")!, values);
    }

    /// <summary>Deletes the reader's own comment as the page does: its Delete link opens a confirmation page, whose button deletes.</summary>
    public static async Task<HttpResponseMessage> DeleteOwnAsync(this HttpClient client, long commentId)
    {
        var (_, confirm) = await client.GetPageAsync($"/comments/{commentId}/delete");
        return await client.SubmitFormAsync(confirm.QuerySelector("form.comment-form")!);
    }

    public static Task<Comment> CommentAsync(this VestnikApp app, long id) =>
        app.WithDbAsync(db => db.Set<Comment>().AsNoTracking().FirstAsync(c => c.Id == id));

    public static Task<int> CountOnArticleAsync(this VestnikApp app, int articleId) =>
        app.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.CommentCount).FirstAsync());

}
