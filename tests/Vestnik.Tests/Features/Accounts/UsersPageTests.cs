using System.Net;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Accounts;

/// <summary>The users page past 500 accounts: every account reachable by paging or by searching, readers included.</summary>
public abstract class UsersPageTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task UsersPage_ShouldPageAndSearchBeyondFiveHundredAccounts()
    {
        var batch = Guid.NewGuid().ToString("N")[..6];
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 520; i++)
            {
                var email = $"bulk-{batch}-{i:D4}@readers.test";
                db.Users.Add(new AppUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    DisplayName = $"Reader {batch} {i:D4}", SecurityStamp = Guid.NewGuid().ToString("N"),
                });
            }
            await db.SaveChangesAsync();
        });
        var admin = await RoleClients.AdminAsync(App);

        var (_, first) = await admin.Client.GetPageAsync($"/newsroom/users?q=bulk-{batch}");
        Assert.Equal(50, first.QuerySelectorAll(".nr-table tbody tr").Length);
        Assert.Contains("520", first.QuerySelector(".nr-count")!.TextContent.Replace("\u00a0", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1 / 11", first.QuerySelector(".nr-pager")!.TextContent, StringComparison.Ordinal);

        var (_, last) = await admin.Client.GetPageAsync($"/newsroom/users?q=bulk-{batch}&p=11");
        var lastEmails = last.QuerySelectorAll(".nr-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(20, lastEmails.Count);
        Assert.Contains($"bulk-{batch}-0519@readers.test", lastEmails);

        var (response, byName) = await admin.Client.GetPageAsync($"/newsroom/users?q=reader {batch} 0519");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"bulk-{batch}-0519@readers.test", Assert.Single(byName.QuerySelectorAll(".nr-table tbody tr td:first-child")).TextContent.Trim());

        var (_, beyond) = await admin.Client.GetPageAsync($"/newsroom/users?q=bulk-{batch}&p=99");
        Assert.Contains("11 / 11", beyond.QuerySelector(".nr-pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, beyond.QuerySelectorAll(".nr-table tbody tr").Length);
    }
}

public sealed class SqliteUsersPageTests(SqliteAppFixture fixture) : UsersPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresUsersPageTests(PostgresAppFixture fixture) : UsersPageTests(fixture), IClassFixture<PostgresAppFixture>;
