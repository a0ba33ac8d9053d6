using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.ScaleOut;

public sealed class MultiNodeTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(2);

    /// <summary>A client for one node that, like a load balancer, presents the site's one public host name.</summary>
    private static HttpClient ClientFor(AppProcess node)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = node.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
        client.DefaultRequestHeaders.Host = "vestnik.test";
        return client;
    }

    [Fact]
    public async Task ArticlePublishedThroughOneNode_ShouldShowOnTheOther_WithinTwoSeconds()
    {
        cluster.EnsureAvailable();
        using var nodeB = ClientFor(cluster.NodeB);
        Assert.DoesNotContain("Опубликовано на узле A", await nodeB.GetStringAsync("/"));

        var title = "Опубликовано на узле A " + Guid.NewGuid().ToString("N")[..6];
        await using (var db = cluster.Database())
        {
            await TestArticles.CreateAsync(db, title);
        }

        var stopwatch = Stopwatch.StartNew();
        while (!(await nodeB.GetStringAsync("/")).Contains(title, StringComparison.Ordinal))
        {
            Assert.True(stopwatch.Elapsed < Visibility, $"node B still serves the old home page after {stopwatch.Elapsed.TotalSeconds:F1} s");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task CachedPages_ShouldBeSharedThroughRedis()
    {
        cluster.EnsureAvailable();
        using var nodeA = ClientFor(cluster.NodeA);
        using var nodeB = ClientFor(cluster.NodeB);
        var slug = await FirstArticleSlugAsync(nodeA);

        using var fromA = await nodeA.GetAsync($"/articles/{slug}");
        using var fromB = await nodeB.GetAsync($"/articles/{slug}");

        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.NotNull(fromA.Headers.ETag);
        Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
    }

    [Fact]
    public async Task KillingOneNode_ShouldNotDisturbTheOther()
    {
        cluster.EnsureAvailable();
        await using var doomed = await cluster.StartNodeAsync("node-c");
        using var nodeB = ClientFor(cluster.NodeB);
        using var nodeC = ClientFor(doomed);
        var slug = await FirstArticleSlugAsync(nodeB);
        var failures = new List<string>();
        var served = 0;

        async Task LoadAsync(HttpClient client, bool expectFailures)
        {
            for (var i = 0; i < 60; i++)
            {
                try
                {
                    using var response = await client.GetAsync(i % 2 == 0 ? "/" : $"/articles/{slug}");
                    if (!expectFailures && response.StatusCode != HttpStatusCode.OK)
                    {
                        lock (failures)
                        {
                            failures.Add($"{(int)response.StatusCode}");
                        }
                    }
                    Interlocked.Increment(ref served);
                }
                catch (HttpRequestException ex) when (!expectFailures)
                {
                    lock (failures)
                    {
                        failures.Add(ex.Message);
                    }
                }
                catch (Exception) when (expectFailures)
                {
                    // Requests in flight on the killed node may fail; that is the point.
                }
            }
        }

        var load = Enumerable.Range(0, 6).Select(_ => LoadAsync(nodeB, expectFailures: false))
            .Append(LoadAsync(nodeC, expectFailures: true)).ToList();
        await Task.Delay(300);
        await doomed.KillAsync();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.True(served >= 360, $"node B served {served} requests");
    }

    [Fact]
    public async Task SignInCookieFromOneNode_ShouldBeAcceptedByTheOther()
    {
        cluster.EnsureAvailable();
        var cookies = new CookieContainer();
        HttpClient Signed(AppProcess node) =>
            new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = node.BaseAddress };
        using var nodeA = Signed(cluster.NodeA);
        using var nodeB = Signed(cluster.NodeB);

        await RoleClients.SignInAsync(nodeA, VestnikApp.AdminEmail, VestnikApp.AdminPassword);

        // Cookies ignore ports, so node B receives the cookie node A issued; its keys come from the shared database.
        using var newsroomOnB = await nodeB.GetAsync("/newsroom/articles");

        Assert.Equal(HttpStatusCode.OK, newsroomOnB.StatusCode);
    }

    [Fact]
    public async Task CommentPostedOnOneNode_ShouldShowWithItsCountOnTheOther_WithinTwoSeconds()
    {
        cluster.EnsureAvailable();
        string slug;
        await using (var db = cluster.Database())
        {
            slug = (await TestArticles.CreateAsync(db, "Статья для комментария с узла A " + Guid.NewGuid().ToString("N")[..6])).Slug;
        }
        using var nodeB = ClientFor(cluster.NodeB);
        var before = Html.Parse(await nodeB.GetStringAsync($"/articles/{slug}")); // now cached for anonymous readers
        Assert.Empty(before.QuerySelectorAll(".comment"));
        using var reader = await SignedInReaderAsync(cluster.NodeA);

        var text = "Комментарий с узла A " + Guid.NewGuid().ToString("N")[..6];
        var (_, articleOnA) = await reader.GetPageAsync($"/articles/{slug}");
        using var posted = await reader.SubmitFormAsync(articleOnA.QuerySelector("#comments > form[data-comment-form]")!, new() { ["Body"] = text });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var commentId = posted.Headers.Location!.OriginalString.Split('/')[^1];

        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var page = Html.Parse(await nodeB.GetStringAsync($"/articles/{slug}"));
            var comment = page.QuerySelector($"#comment-{commentId} .comment__body");
            if (comment is not null)
            {
                Assert.Contains(text, comment.TextContent, StringComparison.Ordinal);
                Assert.Equal("1 комментарий", page.QuerySelector(".comments__count")!.TextContent);
                Assert.Equal("1 комментарий", page.QuerySelector(".byline__comments")!.TextContent);
                break;
            }
            Assert.True(stopwatch.Elapsed < Visibility, $"node B still serves the article without the comment after {stopwatch.Elapsed.TotalSeconds:F1} s");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task ScheduledArticle_ShouldBePublishedExactlyOnce_WithEveryNodeRunningTheScheduler()
    {
        cluster.EnsureAvailable();
        int articleId;
        await using (var db = cluster.Database())
        {
            var article = await TestArticles.CreateAsync(db, "Запланированная статья " + Guid.NewGuid().ToString("N")[..6], publish: false);
            var now = DateTimeOffset.UtcNow;
            article.Schedule(now.AddSeconds(1), now);
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            await using var db = cluster.Database();
            var status = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync();
            if (status == Vestnik.Features.Articles.Model.ArticleStatus.Published)
            {
                break;
            }
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), "the scheduled article was not published");
            await Task.Delay(200);
        }
        await Task.Delay(TimeSpan.FromSeconds(2)); // give a second publication, if there were one, time to land

        await using var check = cluster.Database();
        var publications = await check.Set<Vestnik.Features.Newsroom.Revisions.ArticleRevision>()
            .CountAsync(r => r.ArticleId == articleId && r.SavedByName == "scheduler");
        Assert.Equal(1, publications);
    }

    /// <summary>
    /// A confirmed reader account, created as registration would leave it, signed in on <paramref name="node"/>. The nodes
    /// are processes of their own, so the row is written straight to the shared database rather than through a user manager.
    /// </summary>
    private async Task<HttpClient> SignedInReaderAsync(AppProcess node)
    {
        const string Password = "Reader-password-1";
        var email = $"reader-{Guid.NewGuid():N}@test.vestnik";
        var normalizer = new UpperInvariantLookupNormalizer();
        var user = new AppUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            DisplayName = "Читатель " + Guid.NewGuid().ToString("N")[..6],
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, Password);
        await using (var db = cluster.Database())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = node.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
        await RoleClients.SignInAsync(client, email, Password);
        return client;
    }

    /// <summary>
    /// An older article from the home page's last block: the newest ones are being created by other tests, and the
    /// eviction of their creation would race with what this test caches.
    /// </summary>
    private static async Task<string> FirstArticleSlugAsync(HttpClient client)
    {
        var page = Html.Parse(await client.GetStringAsync("/"));
        var links = page.QuerySelectorAll(".section-block .card__title a");
        return links[^1].GetAttribute("href")!.Split('/')[^1];
    }
}
