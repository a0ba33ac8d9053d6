using System.Net;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Web;

public sealed class NewsroomNoStoreTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("/newsroom", HttpStatusCode.OK)] // the home
    [InlineData("/newsroom/articles", HttpStatusCode.OK)]
    [InlineData("/newsroom/tags?q=%D0%BF", HttpStatusCode.OK)] // JSON
    [InlineData("/newsroom/inbox/sources/opml", HttpStatusCode.OK)] // OPML
    [InlineData("/newsroom/language?to=en&returnUrl=%2Fnewsroom%2Farticles", HttpStatusCode.Redirect)]
    [InlineData("/newsroom/system", HttpStatusCode.OK)]
    [InlineData("/newsroom/no-such-page", HttpStatusCode.NotFound)]
    public async Task NewsroomResponse_ShouldNotBeStored(string path, HttpStatusCode status)
    {
        var client = (await RoleClients.AdminAsync(fixture.App)).Client;

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task NewsroomRedirectToSignIn_ShouldNotBeStored()
    {
        var client = RoleClients.Anonymous(fixture.App);

        using var response = await client.GetAsync("/newsroom/articles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ReaderStylesheet_ShouldStayCacheable()
    {
        var client = fixture.App.CreateClient();

        using var response = await client.GetAsync("/css/newsroom.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
