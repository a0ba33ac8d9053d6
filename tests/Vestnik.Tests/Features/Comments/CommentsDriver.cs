using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

public sealed record Reader(string Id, string Email, string Name, HttpClient Client);

/// <summary>Drives the comment block the way a browser without script does: real forms, antiforgery, cookies.</summary>
public static class CommentsDriver
{
    public const string Password = "Reader-password-1";

    public static HttpClient Anonymous(this VestnikApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<Reader> ReaderAsync(this VestnikApp app, string? name = null, bool confirmed = true, params string[] roles)
    {
        var email = $"reader-{Guid.NewGuid():N}@test.vestnik";
        name ??= "Читатель " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = name };
            Check(await users.CreateAsync(user, Password));
            if (roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, roles));
            }
        }
        var client = app.Anonymous();
        await SignInAsync(client, email, Password);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync());
        return new Reader(id, email, name, client);
    }

    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var (_, page) = await client.GetPageAsync("/account/login");
        var response = await client.PostAsync("/account/login", Html.FormContent(page.QuerySelector("form[method=post]")!, new() { ["Email"] = email, ["Password"] = password }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

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
        var values = new Dictionary<string, string> { ["Body"] = body };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }
        return await client.PostAsync("/comments/post", Html.FormContent(form, values));
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
        Dictionary<string, string>? values = null)
    {
        var (_, page) = await client.GetPageAsync($"/articles/{article.Slug}");
        var form = page.QuerySelectorAll($"#comment-{commentId} form")
            .OfType<IHtmlFormElement>()
            .First(f => f.GetAttribute("action")!.EndsWith("handler=" + handler, StringComparison.Ordinal));
        return await client.PostAsync(form.GetAttribute("action"), Html.FormContent(form, values ?? []));
    }

    public static Task<Comment> CommentAsync(this VestnikApp app, long id) =>
        app.WithDbAsync(db => db.Set<Comment>().AsNoTracking().FirstAsync(c => c.Id == id));

    public static Task<int> CountOnArticleAsync(this VestnikApp app, int articleId) =>
        app.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.CommentCount).FirstAsync());

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
