using System.Net;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Web;

/// <summary>
/// A published app started from another folder reads its own settings and serves its own static files; it used to
/// look in the working directory and answer every stylesheet with an empty 200.
/// </summary>
public sealed class PublishedAppTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    [Fact]
    public async Task LinkedStylesheet_ShouldBeTheProjectsFile_AsCss()
    {
        using var client = published.App.Client();
        var page = Html.Parse(await client.GetStringAsync("/"));
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var source = Repository.PathOf("src", "Vestnik", "wwwroot", href.Split('?')[0].TrimStart('/'));
        Assert.Equal(await File.ReadAllBytesAsync(source), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MissingStylesheet_ShouldBe404()
    {
        using var client = published.App.Client();

        using var response = await client.GetAsync("/css/nope.css");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void PublishedFolder_ShouldServeItsOwnWwwroot_NotTheSourceTree()
    {
        // The build's static web assets manifest points into src/; a published folder must not carry it.
        Assert.True(File.Exists(Path.Combine(published.PublishFolder, "wwwroot", "css", "site.css")));
        Assert.Empty(Directory.GetFiles(published.PublishFolder, "*.staticwebassets.runtime.json"));
    }

    [Fact]
    public async Task AppSettings_ShouldBeReadFromTheAppsFolder()
    {
        using var client = published.App.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var output = published.App.Output;
        Assert.Contains($"Content root {published.PublishFolder}", output, StringComparison.Ordinal);
        // appsettings.json keeps EF Core and ASP.NET Core at Warning; the test asks for Information everywhere else.
        Assert.DoesNotContain("Executed DbCommand", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebRootMissingTheManifestsFiles_ShouldStopTheStart_NamingTheFile()
    {
        var emptyWebRoot = Directory.CreateDirectory(Path.Combine(published.WorkingDirectory, "empty-wwwroot")).FullName;

        AppProcess? started = null;
        var failure = await Record.ExceptionAsync(async () => started = await AppProcess.StartAsync(
            published.AppDll, published.WorkingDirectory, "data-empty-webroot", [$"--webroot={emptyWebRoot}", "--Vestnik:PublicBaseUrl=http://127.0.0.1"]));
        if (started is not null)
        {
            await started.DisposeAsync();
        }

        // AppProcess reports a process that exited before listening, with its output.
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("Vestnik cannot start: the static file", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"is not in the web root {emptyWebRoot}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeDataPath_ShouldBeUnderTheWorkingDirectory() =>
        Assert.True(File.Exists(Path.Combine(published.WorkingDirectory, "data", "vestnik.db")));

    [Theory]
    [InlineData("/")]
    [InlineData("/css/site.css")]
    [InlineData("/css/nope.css")]
    [InlineData("/healthz")]
    public async Task Responses_ShouldNotNameTheServer(string path)
    {
        using var client = published.App.Client();

        using var response = await client.GetAsync(path);

        Assert.False(response.Headers.Contains("Server"), $"{path} sent Server: {string.Join(",", response.Headers.Server)}");
    }
}
