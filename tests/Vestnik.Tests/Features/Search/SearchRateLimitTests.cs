using System.Globalization;
using System.Net;
using Vestnik.Data;
using Vestnik.Testing;
using Vestnik.Tests.Features.Comments;

namespace Vestnik.Tests.Features.Search;

/// <summary>
/// Searches are counted in a bucket of their own per address: a burst, then a steady refill. Posting comments is
/// counted apart, so neither can use up the other.
/// </summary>
public sealed class SearchRateLimitTests
{
    private static Task<VestnikApp> AppAsync(params (string Key, string Value)[] settings) =>
        VestnikApp.CreateAsync(DatabaseProvider.Sqlite, app =>
        {
            CommentsAppFixture.Relax(app)
                .WithSetting("RateLimiting:Enabled", "true")
                .WithSetting("RateLimiting:Requests", "1000")
                .WithSetting("RateLimiting:Posts", "1000");
            foreach (var (key, value) in settings)
            {
                app.WithSetting(key, value);
            }
        });

    [Fact]
    public async Task Search_ShouldAnswer429AtTheBurst_InTheSiteLanguage_AndCommentsShouldStillPost()
    {
        // One search a minute refills the bucket: nothing comes back while the test runs.
        await using var app = await AppAsync(("RateLimiting:SearchBurst", "3"), ("RateLimiting:SearchPerMinute", "1"));
        app.StartServer();
        var article = await app.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(app);

        // Posts first: they take nothing from the search bucket.
        await reader.Client.PostOkAsync(article, "Первый комментарий до поиска");
        await reader.Client.PostOkAsync(article, "Второй комментарий до поиска");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync($"/search?q=нефть{i}", TestContext.Current.CancellationToken)).StatusCode);
        }
        var refused = await reader.Client.GetAsync("/en/search?q=oil", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.Client.GetAsync("/search?q=газ", TestContext.Current.CancellationToken)).StatusCode);
        // The rest of the site, and posting, go on.
        await reader.Client.PostOkAsync(article, "Комментарий после отказа в поиске");
        Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task CommentPostingAtItsLimit_ShouldLeaveSearchAlone()
    {
        // One search token a minute refills nothing while the test runs, however slow the machine.
        await using var app = await AppAsync(("Comments:PostsPerMinutePerIp", "2"), ("RateLimiting:SearchBurst", "5"), ("RateLimiting:SearchPerMinute", "1"));
        app.StartServer();
        var article = await app.ArticleAsync();
        var reader = await RoleClients.ReaderAsync(app);

        await reader.Client.PostOkAsync(article, "Первый за минуту");
        await reader.Client.PostOkAsync(article, "Второй за минуту");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.Client.PostAsync(article, "Третий за минуту")).StatusCode);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync($"/search?q=слово{i}", TestContext.Current.CancellationToken)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.Client.GetAsync("/search?q=шестой", TestContext.Current.CancellationToken)).StatusCode);
    }
}
