using System.Net;
using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

public abstract class ReadinessTests(AppFixture fixture)
{
    [Fact]
    public async Task Readyz_ShouldReportEachCheck()
    {
        var response = await fixture.App.CreateClient().GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ready\n", text, StringComparison.Ordinal);
        Assert.Contains("database: Healthy", text, StringComparison.Ordinal);
        Assert.Contains("data-folder: Healthy", text, StringComparison.Ordinal);
    }
}

public sealed class SqliteReadinessTests(SqliteAppFixture fixture) : ReadinessTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresReadinessTests(PostgresAppFixture fixture) : ReadinessTests(fixture), IClassFixture<PostgresAppFixture>;

public sealed class DiskSpaceReadinessTests
{
    [Fact]
    public async Task Readyz_ShouldBe503_WhenTheDataFolderHasTooLittleSpace()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Health:MinFreeDiskMegabytes", "1000000000"));

        var response = await app.CreateClient().GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("data-folder: Unhealthy - only", text, StringComparison.Ordinal);
        Assert.Contains("database: Healthy", text, StringComparison.Ordinal);
    }
}
