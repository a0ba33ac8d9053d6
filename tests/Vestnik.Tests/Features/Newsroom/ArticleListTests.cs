using Vestnik.Features.Newsroom;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The newsroom's article list as an editor reads it.</summary>
public abstract class ArticleListTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task NewestFirst_ShouldFollowTheDateTheListShows_NotTheOrderArticlesWereStored()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        // Stored first but dated today; then an imported piece stored later and dated a week ago; then two stored in
        // the reverse of their ids' order on the same date, which only the id can order.
        await App.WithDbAsync(async db =>
        {
            foreach (var (title, publishedAt) in new[] { ("today", now), ("imported", now.AddDays(-7)), ("tie-a", now.AddDays(-30)), ("tie-b", now.AddDays(-30)) })
            {
                var article = await TestArticles.CreateAsync(db, $"{marker} {title}", publish: false);
                article.CreatedAt = publishedAt;
                article.Publish(publishedAt);
                await db.SaveChangesAsync();
            }
        });
        var editor = await RoleClients.EditorAsync(App);

        var (_, page) = await editor.Client.GetPageAsync($"{NewsroomUrls.Articles}?Filter.Q={marker}");

        var titles = page.QuerySelectorAll(".nr-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([$"{marker} today", $"{marker} imported", $"{marker} tie-b", $"{marker} tie-a"], titles);
    }
}

public sealed class SqliteArticleListTests(SqliteAppFixture fixture) : ArticleListTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresArticleListTests(PostgresAppFixture fixture) : ArticleListTests(fixture), IClassFixture<PostgresAppFixture>;
