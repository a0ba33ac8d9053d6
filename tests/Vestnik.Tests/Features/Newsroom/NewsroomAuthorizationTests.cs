using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>Every newsroom page and endpoint × every kind of visitor: allowed, or sent to sign in, or denied.</summary>
public abstract class NewsroomAuthorizationTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    public static readonly string[] Visitors = ["anonymous", "reader", Roles.Author, Roles.Editor, Roles.Moderator, Roles.Admin];

    /// <summary>
    /// Every newsroom page and endpoint (placeholders in braces stand for real records) and the policy at its door.
    /// Who may pass comes from the product's own table, so the test cannot drift from it.
    /// </summary>
    private static readonly (string Path, string Policy)[] Routes =
    [
        ("/newsroom", StaffPolicies.EnterNewsroom),
        ("/newsroom/language?to=en", StaffPolicies.EnterNewsroom),
        ("/newsroom/articles", StaffPolicies.Write),
        ("/newsroom/articles?Filter.Status=Draft&Filter.Q=тест&Filter.Sort=title", StaffPolicies.Write),
        ("/newsroom/articles/edit", StaffPolicies.Write),
        ("/newsroom/articles/edit/{article}", StaffPolicies.Write),
        ("/newsroom/articles/{article}/revisions", StaffPolicies.Write),
        ("/newsroom/media", StaffPolicies.Write),
        ("/newsroom/media/library?q=мост&p=1", StaffPolicies.Write),
        ("/newsroom/tags?q=по", StaffPolicies.Write),
        ("/newsroom/catalog", StaffPolicies.ManageCatalog),
        ("/newsroom/comments", StaffPolicies.ModerateComments),
        ("/newsroom/comments/settings", StaffPolicies.ModerateComments),
        ("/newsroom/comments/readers/{reader}", StaffPolicies.ModerateComments),
        ("/newsroom/inbox", StaffPolicies.ReadForeignPress),
        ("/newsroom/inbox/sources", StaffPolicies.ReadForeignPress),
        ("/newsroom/inbox/sources/opml", StaffPolicies.ReadForeignPress),
        ("/newsroom/shares", StaffPolicies.ViewShares),
        ("/newsroom/webhooks", StaffPolicies.ManageWebhooks),
        ("/newsroom/webhooks/{webhook}", StaffPolicies.ManageWebhooks),
        ("/newsroom/users", StaffPolicies.ManageStaff),
        ("/newsroom/audit", StaffPolicies.ManageStaff),
        ("/newsroom/api-keys", StaffPolicies.ManageApiKeys),
        ("/newsroom/system", StaffPolicies.ViewSystemStatus),
        ("/newsroom/export", StaffPolicies.ExportSite),
        ("/newsroom/import", StaffPolicies.ImportArchive),
    ];

    public static TheoryData<string, string> Pages => new(Routes);

    private static string PolicyOf(string path) => Routes.Single(route => route.Path == path).Policy;

    private static bool MayOpen(IEnumerable<string> roles, string policy) => StaffPolicies.RolesByPolicy[policy].Intersect(roles).Any();

    private async Task<HttpClient> ClientForAsync(string visitor) => visitor switch
    {
        "anonymous" => RoleClients.Anonymous(App),
        "reader" => (await RoleClients.ReaderAsync(App)).Client,
        _ => (await RoleClients.AsAsync(App, visitor)).Client,
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ShouldAllowOnlyTheRolesOfItsPolicy(string path, string policy)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Матрица доступа"));
        var webhook = await App.WithDbAsync(async db =>
        {
            var hook = new Webhook { Url = "https://hooks.example.com/matrix", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(hook);
            await db.SaveChangesAsync();
            return hook;
        });
        var reader = await App.WithDbAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        var url = path
            .Replace("{article}", article.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{webhook}", webhook.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{reader}", reader, StringComparison.Ordinal);

        foreach (var visitor in Visitors)
        {
            var response = await (await ClientForAsync(visitor)).GetAsync(url);
            var location = response.Headers.Location?.ToString() ?? "";
            if (MayOpen([visitor], policy))
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.Redirect && !location.Contains("/account/", StringComparison.Ordinal)),
                    $"{visitor} should open {url}, got {(int)response.StatusCode} {location}");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    // Whichever feature owns a desk, staff work in the newsroom's layout with its menu.
                    var page = Html.Parse(await response.Content.ReadAsStringAsync());
                    Assert.True(page.Body?.ClassList.Contains("newsroom") == true && page.QuerySelector(".nr-nav") is not null,
                        $"{url} is not in the newsroom layout for {visitor}");
                }
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

    /// <summary>
    /// Every newsroom route the app maps is guarded by a named staff policy (no role lists of its own) and is in the
    /// matrix above, so a new desk cannot arrive unguarded or untested.
    /// </summary>
    [Fact]
    public void EveryNewsroomRoute_ShouldNameAStaffPolicy_AndBeInTheMatrix()
    {
        static string Shape(string path) =>
            string.Join('/', path.Split('?')[0].Trim('/').Split('/').Select(segment => segment.StartsWith('{') ? "*" : segment));
        var tested = Routes.Select(route => Shape(route.Path)).ToHashSet();
        var newsroom = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Shape(e.RoutePattern.RawText ?? "").StartsWith("newsroom", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(newsroom);
        foreach (var endpoint in newsroom)
        {
            var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var shape = Shape(endpoint.RoutePattern.RawText!);
            Assert.True(rules.Count > 0 && rules.All(r => r.Roles is null && r.Policy is not null && StaffPolicies.RolesByPolicy.ContainsKey(r.Policy)),
                $"{shape} should be guarded by a staff policy and nothing else");
            Assert.Contains(shape, tested);
        }
    }

    /// <summary>The desks the newsroom menu links to; each must show exactly for those its page lets in.</summary>
    private static readonly string[] MenuDesks =
    [
        "/newsroom", "/newsroom/articles", "/newsroom/articles/edit", "/newsroom/media", "/newsroom/inbox", "/newsroom/catalog",
        "/newsroom/comments", "/newsroom/shares", "/newsroom/webhooks", "/newsroom/users", "/newsroom/audit", "/newsroom/api-keys", "/newsroom/system",
        "/newsroom/export", "/newsroom/import",
    ];

    private static string[] DesksFor(params string[] roles) => [.. MenuDesks.Where(desk => MayOpen(roles, PolicyOf(desk))).Order()];

    [Theory]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Author, Roles.Moderator)]
    public async Task Menu_ShouldLinkExactlyTheDesksTheRolesMayOpen(params string[] roles)
    {
        var staff = await RoleClients.AsAsync(App, roles);

        var (response, page) = await staff.Client.GetPageAsync("/newsroom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll(".nr-nav a").Select(a => a.GetAttribute("href") ?? "").Order().ToArray();
        Assert.Equal(DesksFor(roles), links);
    }

    [Theory]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Editor)]
    [InlineData]
    public async Task MenuModel_ShouldOfferExactlyTheDesksTheRolesMayOpen(params string[] roles)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));
        await using var scope = App.Services.CreateAsyncScope();

        var entries = await scope.ServiceProvider.GetRequiredService<NewsroomMenu>().VisibleToAsync(user);

        Assert.Equal(DesksFor(roles), entries.Select(e => e.Path).Order().ToArray());
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
    [InlineData("/newsroom/articles/edit?handler=Save")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Save")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Publish")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Autosave")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Presence")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Leave")]
    [InlineData("/newsroom/articles/edit/{id}?handler=Preview")]
    [InlineData("/newsroom/articles/{id}/revisions?handler=Restore")]
    [InlineData("/newsroom/media")]
    [InlineData("/newsroom/media/library")]
    [InlineData("/newsroom/catalog?handler=AddAuthor")]
    [InlineData("/newsroom/catalog?handler=DeleteSection&id=1")]
    [InlineData("/newsroom/users?handler=Invite")]
    [InlineData("/newsroom/users?handler=Roles")]
    [InlineData("/newsroom/export")]
    [InlineData("/newsroom/import")]
    [InlineData("/newsroom/api-keys")]
    [InlineData("/newsroom/api-keys?handler=Revoke&id=1")]
    public async Task Form_ShouldRefusePostWithoutAntiforgeryToken(string path)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Без токена", publish: false));
        var admin = await RoleClients.AdminAsync(App);
        var url = path.Replace("{id}", article.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Title"] = "Подмена", ["Form.Version"] = "1", ["Email"] = "x@y.z",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = await App.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == article.Id).Status));
        Assert.Equal(Vestnik.Features.Articles.Model.ArticleStatus.Draft, status);
    }
}

public sealed class SqliteNewsroomAuthorizationTests(SqliteAppFixture fixture) : NewsroomAuthorizationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresNewsroomAuthorizationTests(PostgresAppFixture fixture) : NewsroomAuthorizationTests(fixture), IClassFixture<PostgresAppFixture>;
