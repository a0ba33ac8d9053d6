using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Inbox.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>
/// Every newsroom page, in English and in Russian, shows no interface string of the other language. The records the
/// pages show (titles, names, feeds) are written in English here, so any Cyrillic on an English page is the interface's.
/// </summary>
public abstract partial class NewsroomLanguageTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    /// <summary>Every desk's pages; placeholders in braces stand for records <see cref="RecordsAsync"/> makes.</summary>
    public static TheoryData<string> Pages => new(
        "/newsroom",
        "/newsroom/articles",
        "/newsroom/articles/edit",
        "/newsroom/articles/edit/{article}",
        "/newsroom/articles/{article}/revisions",
        "/newsroom/media",
        "/newsroom/catalog",
        "/newsroom/inbox",
        "/newsroom/inbox?Show=all",
        "/newsroom/inbox/sources",
        "/newsroom/comments",
        "/newsroom/comments?Tab=All",
        "/newsroom/comments/settings",
        "/newsroom/comments/readers/{reader}",
        "/newsroom/shares",
        "/newsroom/webhooks",
        "/newsroom/webhooks/{webhook}",
        "/newsroom/users",
        "/newsroom/audit",
        "/newsroom/system");

    /// <summary>English words of the interface that a Russian page must not show (the issue saw statuses and health lines so).</summary>
    private static readonly string[] EnglishInterfaceWords =
        ["Published", "Rejected", "Draft", "Delete", "Save", "Sources", "Inbox", "Healthy", "Unhealthy", "Subscriptions", "Webhooks", "Deliveries", "Shares", "Queue", "Settings"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InEnglish_ShouldShowNoRussian(string path)
    {
        var (client, url) = await OpenAsync(path, "en");

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var russian = InterfaceText(page).Where(text => Cyrillic().IsMatch(text)).ToList();
        Assert.True(russian.Count == 0, $"{url} in English shows: {string.Join(" | ", russian)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InRussian_ShouldShowNoEnglishInterfaceWords(string path)
    {
        var (client, url) = await OpenAsync(path, "ru");

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var english = InterfaceText(page)
            .SelectMany(text => EnglishInterfaceWords.Where(word => Regex.IsMatch(text, $@"\b{word}\b")).Select(word => $"{word} in “{text}”"))
            .ToList();
        Assert.True(english.Count == 0, $"{url} in Russian shows: {string.Join(" | ", english)}");
    }

    private async Task<(HttpClient Client, string Url)> OpenAsync(string path, string language)
    {
        var (article, webhook, reader) = await RecordsAsync();
        var admin = await RoleClients.AdminAsync(App, "Admin Language");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.GetAsync($"/newsroom/language?to={language}&returnUrl=/newsroom")).StatusCode);
        var url = path
            .Replace("{article}", article.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{webhook}", webhook.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{reader}", reader, StringComparison.Ordinal);
        return (admin.Client, url);
    }

    /// <summary>An article, a held comment, a feed with a story, a webhook with a failed delivery: something on every page, all in English.</summary>
    private async Task<(int Article, int Webhook, string Reader)> RecordsAsync()
    {
        var reader = await RoleClients.CreateAccountAsync(App, [], "Reader Language");
        return await App.WithDbAsync(async db =>
        {
            if (await db.Articles.SingleOrDefaultAsync(a => a.Title == "Language check") is { } existing)
            {
                return (existing.Id, await db.Set<Webhook>().Select(w => w.Id).FirstAsync(), reader.Id);
            }
            if (!await db.Authors.AnyAsync())
            {
                db.Authors.Add(new Author { Name = "Anna Testova", Slug = "anna-testova" });
                await db.SaveChangesAsync();
            }
            var article = await TestArticles.CreateAsync(db, "Language check", ContentLanguage.En, body: "First paragraph.\n\nSecond paragraph.");
            var comment = new Comment { ArticleId = article.Id, AuthorName = "Guest", CreatedAt = DateTimeOffset.UtcNow, AuthorId = reader.Id };
            comment.SetBody("Waiting for a moderator", "<p>Waiting for a moderator</p>", "language-" + Guid.NewGuid().ToString("N"));
            comment.Hold(ReviewNote.Of(ReviewNote.Guest));
            db.Add(comment);
            var feed = new FeedSubscription { FeedUrl = "https://press.example/language.xml", OutletName = "Press", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(feed);
            var webhook = new Webhook { Url = "https://hooks.example.com/language", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(webhook);
            await db.SaveChangesAsync();
            var link = "https://press.example/story";
            db.Add(new InboxItem
            {
                SubscriptionId = feed.Id, OutletName = feed.OutletName, ExternalId = link, Title = "A story", Link = link, NormalizedLink = link,
                TitleKey = "a story", FoundAt = DateTimeOffset.UtcNow, SortAt = DateTimeOffset.UtcNow, Language = "en",
            });
            await db.SaveChangesAsync();
            return (article.Id, webhook.Id, reader.Id);
        });
    }

    /// <summary>
    /// What the interface says: text and the attributes people read (placeholders, titles, labels), leaving out what
    /// the page marks as another language (<c>lang</c>) or as the user's own text (<c>dir="auto"</c>, form values).
    /// </summary>
    private static IEnumerable<string> InterfaceText(IDocument page)
    {
        bool Foreign(IElement? element) => element?.Closest("[lang]:not(html), [dir=auto], script, style, textarea, code") is not null;

        foreach (var node in page.Body!.Descendants<IText>())
        {
            if (!Foreign(node.ParentElement) && node.Data.Trim() is { Length: > 0 } text)
            {
                yield return text;
            }
        }
        foreach (var element in page.All.Where(e => !Foreign(e)))
        {
            foreach (var attribute in new[] { "placeholder", "title", "aria-label", "alt" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }
        if (page.Title is { Length: > 0 } title)
        {
            yield return title;
        }
    }

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex Cyrillic();
}

public sealed class SqliteNewsroomLanguageTests(SqliteAppFixture fixture) : NewsroomLanguageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresNewsroomLanguageTests(PostgresAppFixture fixture) : NewsroomLanguageTests(fixture), IClassFixture<PostgresAppFixture>;
