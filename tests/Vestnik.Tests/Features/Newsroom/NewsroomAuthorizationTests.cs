using System.Net;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>Every newsroom page and endpoint × every kind of visitor: allowed, or sent to sign in, or denied.</summary>
public abstract class NewsroomAuthorizationTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    public static readonly string[] Visitors = ["anonymous", "reader", Roles.Author, Roles.Editor, Roles.Moderator, Roles.Admin];

    private const string Writers = "Author,Editor,Admin";

    /// <summary>Path (with {id} for a real article) and the roles that may open it.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/newsroom", "Author,Editor,Moderator,Admin" },
        { "/newsroom/language?to=en", "Author,Editor,Moderator,Admin" },
        { "/newsroom/articles", Writers },
        { "/newsroom/articles?Filter.Status=Draft&Filter.Q=тест&Filter.Sort=title", Writers },
        { "/newsroom/articles/edit", Writers },
        { "/newsroom/articles/edit/{id}", Writers },
        { "/newsroom/articles/{id}/revisions", Writers },
        { "/newsroom/media", Writers },
        { "/newsroom/tags?q=по", Writers },
        { "/newsroom/catalog", "Editor,Admin" },
        { "/newsroom/users", "Admin" },
        { "/newsroom/audit", "Admin" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ShouldAllowOnlyItsRoles(string path, string allowed)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Матрица доступа"));
        var url = path.Replace("{id}", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var allowedRoles = allowed.Split(',');

        foreach (var visitor in Visitors)
        {
            var client = visitor switch
            {
                "anonymous" => Staff.NewClient(App),
                "reader" => (await Staff.SignInAsync(App)).Client,
                _ => (await Staff.SignInAsync(App, visitor)).Client,
            };
            var response = await client.GetAsync(url);
            var location = response.Headers.Location?.ToString() ?? "";
            if (allowedRoles.Contains(visitor))
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.Redirect && !location.Contains("/account/", StringComparison.Ordinal)),
                    $"{visitor} should open {url}, got {(int)response.StatusCode} {location}");
            }
            else if (visitor == "anonymous")
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/account/login", location, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/access-denied", StringComparison.Ordinal)),
                    $"{visitor} should be denied {url}, got {(int)response.StatusCode} {location}");
            }
        }
    }

    /// <summary>Every form of the newsroom and the account pages refuses a POST without the antiforgery token.</summary>
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/logout")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password")]
    [InlineData("/account/login-2fa")]
    [InlineData("/account/two-factor?handler=Start")]
    [InlineData("/account/two-factor?handler=Enable")]
    [InlineData("/account/two-factor?handler=Disable")]
    [InlineData("/newsroom/articles/edit")]
    [InlineData("/newsroom/articles/edit/{id}")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Autosave")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Preview")]
    [InlineData("/newsroom/articles/{id}/revisions?handler=Restore")]
    [InlineData("/newsroom/media")]
    [InlineData("/newsroom/catalog?handler=AddAuthor")]
    [InlineData("/newsroom/catalog?handler=DeleteSection&id=1")]
    [InlineData("/newsroom/users?handler=Invite")]
    [InlineData("/newsroom/users?handler=Roles")]
    public async Task Form_ShouldRefusePostWithoutAntiforgeryToken(string path)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Без токена", publish: false));
        var admin = await Staff.SignInAsync(App, Roles.Admin);
        var url = path.Replace("{id}", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Title"] = "Подмена", ["Form.Version"] = "1", ["Command"] = "publish", ["Email"] = "x@y.z",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = await App.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == article.Id).Status));
        Assert.Equal(Vestnik.Features.Articles.Model.ArticleStatus.Draft, status);
    }
}

public sealed class SqliteNewsroomAuthorizationTests(SqliteAppFixture fixture) : NewsroomAuthorizationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresNewsroomAuthorizationTests(PostgresAppFixture fixture) : NewsroomAuthorizationTests(fixture), IClassFixture<PostgresAppFixture>;
