using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.SystemStatus;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.SystemStatus;

public sealed class SystemPageTests
{
    [Fact]
    public async Task SystemPage_ShouldRequireSignIn()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);

        var response = await RoleClients.Anonymous(app).GetAsync("/newsroom/system");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemPage_ShouldShowVersionSizesChecksLastBackupAndRecentErrors_ToAnAdmin()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        var client = (await RoleClients.AdminAsync(app)).Client;
        app.Service<ILoggerFactory>().CreateLogger("Vestnik.Tests").LogError("Webhook delivery to https://hooks.example failed");

        var (response, page) = await client.GetPageAsync("/newsroom/system");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = page.QuerySelector("#system-facts")!.TextContent;
        Assert.Contains("Sqlite", facts, StringComparison.Ordinal);
        Assert.Contains(app.DataPath, facts, StringComparison.Ordinal);
        Assert.Contains("ещё не делалась", page.QuerySelector("#last-backup")!.TextContent, StringComparison.Ordinal);
        var database = page.QuerySelector("#readiness [data-check=database]")!.TextContent;
        Assert.Contains($"{SystemText.Ru.CheckDatabase}: {SystemText.Ru.Healthy} — {SystemText.Ru.FindingDatabaseAnswers}", database, StringComparison.Ordinal);
        Assert.Matches(@"^Папка данных: .+ — на диске свободно [\d\u00a0 ,]+ [КМГТ]Б$", Regex.Replace(page.QuerySelector("#readiness [data-check=data-folder]")!.TextContent.Trim(), @"\s+", " "));
        Assert.Contains("Webhook delivery to https://hooks.example failed", page.QuerySelector("#recent-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemPage_ShouldShowTheIndexAndTheQueues()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья с комментарием на модерации");
            var held = new Comment { ArticleId = article.Id, AuthorName = "Гость", CreatedAt = DateTimeOffset.UtcNow };
            held.SetBody("Жду модератора", "<p>Жду модератора</p>", "held-" + Guid.NewGuid().ToString("N"));
            held.Hold(ReviewNote.Of(ReviewNote.Guest));
            db.Add(held);
            await db.SaveChangesAsync();
        });
        var client = (await RoleClients.AdminAsync(app)).Client;

        var (_, page) = await client.GetPageAsync("/newsroom/system");

        var queues = page.QuerySelector("#queues")!.TextContent;
        Assert.Contains("Поисковый индекс", queues, StringComparison.Ordinal);
        Assert.Matches(@"Комментарии на модерации\s*1\b", queues);
        Assert.Matches(@"не доставлены\s*0\b", queues);
    }

    [Fact]
    public async Task SystemPage_ShouldListTheJobsFailingNow_InTheNewsroomsLanguage()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        var client = (await RoleClients.AdminAsync(app)).Client;
        var (_, healthy) = await client.GetPageAsync("/newsroom/system");
        app.Service<JobFailures>().Failed("feed-poller", DateTimeOffset.UtcNow, new InvalidOperationException("the feed host is away"));
        await client.GetAsync("/newsroom/language?to=en&returnUrl=/newsroom/system");

        var (_, page) = await client.GetPageAsync("/newsroom/system");

        Assert.NotNull(healthy.QuerySelector("#failed-jobs-none"));
        var jobs = page.QuerySelector("#failed-jobs")!.TextContent;
        Assert.Contains("feed-poller", jobs, StringComparison.Ordinal);
        Assert.Contains("the feed host is away", jobs, StringComparison.Ordinal);
        Assert.Equal("System", page.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"Comments awaiting moderation\s*0\b", page.QuerySelector("#queues")!.TextContent);
    }
}
