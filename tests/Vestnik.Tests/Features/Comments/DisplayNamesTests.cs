using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Comments.Readers;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>What readers may call themselves: not the newsroom, not a staff member, not a look-alike of another reader.</summary>
public sealed class DisplayNamesTests
{
    private const string SiteName = "Городские новости";
    private static readonly string[] Staff = ["Анна Петрова", "Ivan Sidorov"];
    private static readonly string[] Readers = ["Мария", "Pavel K.", "Кот Матроскин", "🦊🦊"];

    [Theory]
    // Fine: any script, emoji, names that merely contain a reserved word's letters.
    [InlineData("Ольга", DisplayNameProblem.None)]
    [InlineData("Jane Doe", DisplayNameProblem.None)]
    [InlineData("محمد الأحمد", DisplayNameProblem.None)]
    [InlineData("דוד כהן", DisplayNameProblem.None)]
    [InlineData("李小龙", DisplayNameProblem.None)]
    [InlineData("🐻 Мишка", DisplayNameProblem.None)]
    [InlineData("🦊🐺", DisplayNameProblem.None)]
    [InlineData("Badminton fan", DisplayNameProblem.None)]
    [InlineData("Creditor", DisplayNameProblem.None)]
    [InlineData("Мария Иванова", DisplayNameProblem.None)]
    // Length, counted in what a reader sees as characters.
    [InlineData("Я", DisplayNameProblem.Length)]
    [InlineData("👨‍👩‍👧", DisplayNameProblem.Length)]
    // Reserved, in any case, spacing, script or inflection.
    [InlineData("Администратор", DisplayNameProblem.Reserved)]
    [InlineData("admin", DisplayNameProblem.Reserved)]
    [InlineData("ADMINS", DisplayNameProblem.Reserved)]
    [InlineData("Аdmin", DisplayNameProblem.Reserved)]
    [InlineData("Adm1n", DisplayNameProblem.Reserved)]
    [InlineData("A d m i n", DisplayNameProblem.Reserved)]
    [InlineData("Модератор Олег", DisplayNameProblem.Reserved)]
    [InlineData("Chief Editor", DisplayNameProblem.Reserved)]
    [InlineData("Редакция «Вестника»", DisplayNameProblem.Reserved)]
    [InlineData("Bестник", DisplayNameProblem.Reserved)]
    [InlineData("городские-новости", DisplayNameProblem.Reserved)]
    // Staff names and bylines.
    [InlineData("анна петрова", DisplayNameProblem.Staff)]
    [InlineData("Аnnа Реtrоvа", DisplayNameProblem.None)]
    [InlineData("Ivan  Sidorov", DisplayNameProblem.Staff)]
    [InlineData("Іvаn Ѕіdоrоv", DisplayNameProblem.Staff)]
    // Another reader's name, copied or imitated with look-alike letters.
    [InlineData("Мария", DisplayNameProblem.Taken)]
    [InlineData("MAPИЯ", DisplayNameProblem.Taken)]
    [InlineData("Маpия", DisplayNameProblem.Taken)]
    [InlineData("Pavel K", DisplayNameProblem.Taken)]
    [InlineData("Раvеl К.", DisplayNameProblem.Taken)]
    [InlineData("Кот  Матроскин!", DisplayNameProblem.Taken)]
    [InlineData("🦊🦊", DisplayNameProblem.Taken)]
    public void Check_ShouldJudgeTheNameAsAReaderWouldSeeIt(string typed, DisplayNameProblem expected) =>
        Assert.Equal(expected, DisplayNames.Check(DisplayNames.Normalize(typed), SiteName, Staff, Readers));

    [Theory]
    [InlineData("  Новый   читатель ", "Новый читатель")]
    [InlineData("Mallory\u202Egnp.exe", "Mallorygnp.exe")]
    [InlineData("\u2066Ева\u2069 \u200EАдам\u200F", "Ева Адам")]
    [InlineData("Ze\u200Bro\u200Cwi\u2060dth\uFEFF", "Zerowidth")]
    [InlineData("Tab\tand\nline\u0007bell", "Tab and linebell")]
    [InlineData("\u061Cعلي", "علي")]
    [InlineData("Кодер 👩‍💻", "Кодер 👩‍💻")]
    public void Normalize_ShouldDropInvisibleAndDirectionCharacters_ButKeepEmojiSequences(string typed, string stored) =>
        Assert.Equal(stored, DisplayNames.Normalize(typed));
}

/// <summary>The name rules as a reader meets them, on the registration form.</summary>
public sealed class DisplayNamesRegistrationTests(SqliteCommentsFixture fixture) : IClassFixture<SqliteCommentsFixture>
{
    private VestnikApp App => fixture.App;

    private async Task<HttpResponseMessage> RegisterAsync(string email, string name)
    {
        var client = RoleClients.Anonymous(App);
        return await client.SubmitFormAsync("/account/register", "form.form",
            new() { ["Email"] = email, ["Password"] = "Long-enough-password-1", ["DisplayName"] = name });
    }

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@test.vestnik";

    [Theory]
    [InlineData("Администратор", "похоже на имя редакции")]
    [InlineData("Редакция «Вестника»", "похоже на имя редакции")]
    public async Task ReservedName_ShouldBeRefused_WithTheReason_AndTheFormKept(string name, string reason)
    {
        var response = await RegisterAsync(NewEmail(), name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, page.QuerySelector("#register-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, page.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task StaffMembersName_ShouldBeRefused()
    {
        var editor = await RoleClients.EditorAsync(App, "Ирина Смирнова " + Guid.NewGuid().ToString("N")[..4]);

        var response = await RegisterAsync(NewEmail(), editor.DisplayName.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LookAlikeOfAnotherReadersName_ShouldBeRefused()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        await RoleClients.ReaderAsync(App, "Мария Соколова " + suffix);

        // Latin "a", "C" and "o" in place of the Cyrillic letters, and a doubled space.
        var response = await RegisterAsync(NewEmail(), "М\u0061рия  \u0043\u006Fк\u006Fл\u006Fв\u0061 " + suffix);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("похожим именем", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectionOverrides_ShouldBeRemovedFromTheStoredName()
    {
        var email = NewEmail();
        var suffix = Guid.NewGuid().ToString("N")[..4];

        var response = await RegisterAsync(email, $"Ева\u202E{suffix}\u202C Адамова");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Ева{suffix} Адамова", await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync()));
    }
}

/// <summary>Guests type a name with every comment; it may not pass for the newsroom either.</summary>
public sealed class GuestNamesTests
{
    [Fact]
    public async Task GuestNamedLikeTheNewsroom_ShouldBeRefused_WithTheReason()
    {
        await using var app = await VestnikApp.CreateAsync(Vestnik.Data.DatabaseProvider.Sqlite, a => CommentsAppFixture.Relax(a)
            .WithSetting("Comments:AllowGuests", "true"));
        var article = await app.ArticleAsync();
        var guest = RoleClients.Anonymous(app);

        var refused = await guest.PostAsync(article, "Официальное заявление", extra: new() { ["GuestName"] = "Редакция" });
        var accepted = await guest.PostAsync(article, "Обычный комментарий гостя", extra: new() { ["GuestName"] = "Гость Иван" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("похоже на имя редакции", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }
}
