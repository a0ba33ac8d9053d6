using System.Net;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Web;

public sealed class StaticAssetTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task VersionedStylesheet_ShouldBeCachedForAYear_AsImmutable()
    {
        var client = fixture.App.CreateClient();
        var page = Html.Parse(await client.GetStringAsync("/"));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(stylesheet);

        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }
}
