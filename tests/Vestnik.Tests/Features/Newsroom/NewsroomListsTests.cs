using System.Net;
using AngleSharp.Html.Dom;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The media library and the audit log past their first page: every row reachable by paging or by searching.</summary>
public abstract class NewsroomListsTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task MediaLibrary_ShouldPageAndFindImagesByCaptionCreditOrFileName_InAnyCase()
    {
        var batch = Guid.NewGuid().ToString("N")[..6];
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 130; i++)
            {
                db.Set<MediaAsset>().Add(new MediaAsset
                {
                    Folder = $"{batch}-{i:D3}", OriginalFileName = $"frame-{batch}-{i:D3}.jpg", OriginalExtension = "jpg",
                    Width = 1440, Height = 960, Widths = "480,960,1440",
                    Caption = $"Ледоход {batch} на Неве, кадр {i:D3}", Credit = i == 7 ? $"Фото: Ирина Ветрова {batch}" : "",
                });
            }
            await db.SaveChangesAsync();
        });
        var author = await RoleClients.AuthorAsync(App);

        var (_, first) = await author.Client.GetPageAsync($"/newsroom/media?q=ледоход {batch}");
        Assert.Equal(IndexModel.PageSize, Items(first).Count);
        Assert.Contains("130", first.QuerySelector(".nr-count")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 / 3", first.QuerySelector(".nr-pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"кадр 129", Items(first)[0], StringComparison.Ordinal);

        var (_, last) = await author.Client.GetPageAsync(first.QuerySelector(".nr-pager a[rel=next]")!.GetAttribute("href")!.Replace("p=2", "p=3", StringComparison.Ordinal));
        Assert.Equal(10, Items(last).Count);
        Assert.Contains($"кадр 000", Items(last)[^1], StringComparison.Ordinal);

        var (_, byCredit) = await author.Client.GetPageAsync($"/newsroom/media?q=ВЕТРОВА {batch}");
        Assert.Contains("кадр 007", Assert.Single(Items(byCredit)), StringComparison.Ordinal);
        var (_, byFile) = await author.Client.GetPageAsync($"/newsroom/media?q=frame-{batch}-042");
        Assert.Contains("кадр 042", Assert.Single(Items(byFile)), StringComparison.Ordinal);
        var (_, beyond) = await author.Client.GetPageAsync($"/newsroom/media?q=ледоход {batch}&p=40");
        Assert.Contains("3 / 3", beyond.QuerySelector(".nr-pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaSearch_TooLong_ShouldAnswer400_WithAMessage_AndKeepTheUploadForm()
    {
        var author = await RoleClients.AuthorAsync(App);

        var (response, page) = await author.Client.GetPageAsync("/newsroom/media?q=" + new string('я', 300));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(NewsroomText.Ru.TooLong, page.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form.nr-upload"));
    }

    [Fact]
    public async Task AuditLog_ShouldPageBackAndForth_AndFindEntriesByPersonOrSubject()
    {
        var batch = Guid.NewGuid().ToString("N")[..6];
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 250; i++)
            {
                db.Set<AuditEntry>().Add(new AuditEntry
                {
                    At = start.AddSeconds(i), Action = i % 2 == 0 ? AuditActions.Publish : AuditActions.ArticleSave,
                    UserName = i == 3 ? $"Пётр Ильин {batch}" : "editor@vestnik.test", Subject = $"Паводок {batch}: сводка {i:D3}",
                });
            }
            await db.SaveChangesAsync();
        });
        var admin = await RoleClients.AdminAsync(App);

        var (_, first) = await admin.Client.GetPageAsync($"/newsroom/audit?q=паводок {batch}");
        Assert.Equal((100, "сводка 249", "публикация"), (Rows(first).Count, Subject(Rows(first)[0]), Rows(first)[1].Cells[2].TextContent));
        Assert.Null(first.QuerySelector(".nr-pager a[rel=prev]"));

        var (_, second) = await admin.Client.GetPageAsync(Link(first, "next"));
        Assert.Equal(("сводка 149", "сводка 050"), (Subject(Rows(second)[0]), Subject(Rows(second)[^1])));
        var (_, third) = await admin.Client.GetPageAsync(Link(second, "next"));
        Assert.Equal(50, Rows(third).Count);
        Assert.Null(third.QuerySelector(".nr-pager a[rel=next]"));

        var (_, backToSecond) = await admin.Client.GetPageAsync(Link(third, "prev"));
        Assert.Equal(Rows(second).Select(Subject), Rows(backToSecond).Select(Subject));
        var (_, backToFirst) = await admin.Client.GetPageAsync(Link(backToSecond, "prev"));
        Assert.Equal(Rows(first).Select(Subject), Rows(backToFirst).Select(Subject));
        Assert.Null(backToFirst.QuerySelector(".nr-pager a[rel=prev]"));

        var (_, byPerson) = await admin.Client.GetPageAsync($"/newsroom/audit?q=ильин {batch}");
        Assert.Equal("сводка 003", Subject(Assert.Single(Rows(byPerson))));
        var (_, publishedOnly) = await admin.Client.GetPageAsync($"/newsroom/audit?q=паводок {batch}&action={AuditActions.Publish}");
        Assert.All(Rows(publishedOnly), row => Assert.Equal("публикация", row.Cells[2].TextContent));
        Assert.Equal("selected", publishedOnly.QuerySelector($"select[name=action] option[value={AuditActions.Publish}]")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task AuditLog_ShouldSayArticleSubjectsAndTheScheduler_InTheNewsroomsLanguage()
    {
        var batch = Guid.NewGuid().ToString("N")[..6];
        await App.WithDbAsync(async db =>
        {
            db.Set<AuditEntry>().Add(new AuditEntry
            {
                At = DateTimeOffset.UtcNow, Action = AuditActions.Publish, UserName = ArticleActor.Scheduler.Name,
                Subject = $"article #77 «Ледоход {batch}» ({ArticleAuditSubject.Scheduled})",
            });
            await db.SaveChangesAsync();
        });
        var admin = await RoleClients.AdminAsync(App);

        var (_, russian) = await admin.Client.GetPageAsync($"/newsroom/audit?q=ледоход {batch}");
        var row = Assert.Single(Rows(russian));
        Assert.Equal(("планировщик", "публикация", $"статья № 77 «Ледоход {batch}» (по расписанию)"),
            (row.Cells[1].TextContent, row.Cells[2].TextContent, row.Cells[3].TextContent));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.GetAsync("/newsroom/language?to=en&returnUrl=/newsroom")).StatusCode);
        var (_, english) = await admin.Client.GetPageAsync($"/newsroom/audit?q=ледоход {batch}");
        Assert.Equal($"article #77 «Ледоход {batch}» (on schedule)", Assert.Single(Rows(english)).Cells[3].TextContent);
    }

    [Fact]
    public void AuditActionNames_ShouldNameEveryActionTheLogRecords_InBothLanguages()
    {
        var actions = typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToList();
        Assert.Equal(actions, NewsroomText.Ru.AuditActionNames.Keys.Order().ToList());
        Assert.Equal(actions, NewsroomText.En.AuditActionNames.Keys.Order().ToList());
    }

    private static List<string> Items(IHtmlDocument page) =>
        page.QuerySelectorAll(".nr-media-grid__item").Select(item => item.TextContent).ToList();

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll(".nr-audit tbody tr").Cast<IHtmlTableRowElement>().ToList();

    private static string Subject(IHtmlTableRowElement row) => row.Cells[3].TextContent.Split(": ")[1];

    private static string Link(IHtmlDocument page, string rel) =>
        page.QuerySelector($".nr-pager a[rel={rel}]")!.GetAttribute("href")!;
}

public sealed class SqliteNewsroomListsTests(SqliteAppFixture fixture) : NewsroomListsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresNewsroomListsTests(PostgresAppFixture fixture) : NewsroomListsTests(fixture), IClassFixture<PostgresAppFixture>;
