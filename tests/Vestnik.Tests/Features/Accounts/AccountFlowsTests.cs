using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Newsroom;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Accounts;

/// <summary>Password reset by email, invitations, role changes and TOTP two-factor sign-in, as users go through them.</summary>
public abstract partial class AccountFlowsTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    /// <summary>The link in the newest .eml file written to <paramref name="email"/>.</summary>
    private async Task<string> LinkFromMailAsync(string email)
    {
        var newest = (await Mailbox.BodiesToAsync(App, email)).LastOrDefault()
            ?? throw new InvalidOperationException($"no email to {email}");
        return new Uri(ResetLink().Match(newest).Value).PathAndQuery;
    }

    [Fact]
    public async Task ForgotPassword_ShouldEmailALink_ThatSetsANewPassword()
    {
        var staff = await RoleClients.AuthorAsync(App);
        var visitor = RoleClients.Anonymous(App);

        var asked = await visitor.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = staff.Email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = await LinkFromMailAsync(staff.Email);

        var reset = await visitor.PostFormAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = staff.Email,
            ["Token"] = Regex.Match(link, "token=([^&]+)").Groups[1].Value,
            ["NewPassword"] = "Brand-new-password-7",
        }, link);
        // The link's owner starts signed in, in the newsroom; the new password signs in anywhere else.
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/newsroom", reset.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/newsroom/articles")).StatusCode);
        var login = await RoleClients.Anonymous(App).SubmitFormAsync("/account/login", "form.form",
            new() { ["Email"] = staff.Email, ["Password"] = "Brand-new-password-7" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The same link works once.
        var again = await visitor.PostFormAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = staff.Email, ["Token"] = Regex.Match(link, "token=([^&]+)").Groups[1].Value, ["NewPassword"] = "Another-password-8",
        }, link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_ShouldAnswerTheSame_ForAnUnknownAddress()
    {
        var staff = await RoleClients.EditorAsync(App);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.vestnik";

        var known = await AnswerAsync(staff.Email, "/account/forgot-password", new() { ["Email"] = staff.Email });
        var other = await AnswerAsync(unknown, "/account/forgot-password", new() { ["Email"] = unknown });

        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(known, other);
        Assert.Single(await Mailbox.BodiesToAsync(App, staff.Email));
    }

    [Fact]
    public async Task Register_ShouldAnswerTheSame_ForAStaffAddress_AndTellOnlyTheMailbox()
    {
        var staff = await RoleClients.EditorAsync(App);
        var fresh = $"new-{Guid.NewGuid():N}@test.vestnik";

        var taken = await AnswerAsync(staff.Email, "/account/register",
            new() { ["Email"] = staff.Email, ["Password"] = "Attacker-password-1", ["DisplayName"] = "Случайный Гость " + Guid.NewGuid().ToString("N")[..6] });
        var free = await AnswerAsync(fresh, "/account/register",
            new() { ["Email"] = fresh, ["Password"] = "Attacker-password-1", ["DisplayName"] = "Случайный Гость " + Guid.NewGuid().ToString("N")[..6] });

        Assert.Equal(HttpStatusCode.OK, taken.Status);
        Assert.Equal(taken, free);
        var notice = Assert.Single(await Mailbox.BodiesToAsync(App, staff.Email));
        Assert.Contains("/account/forgot-password", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/confirm", notice, StringComparison.Ordinal);
        // The account is untouched: the old password still works, the attacker's does not.
        await RoleClients.SignInAsync(App, staff.Account);
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == staff.Email)));
    }

    [Theory]
    [InlineData(Roles.Editor, "/account/login", NewsroomUrls.Home)]
    [InlineData(Roles.Author, "/account/login", NewsroomUrls.Home)]
    [InlineData(Roles.Moderator, "/en/account/login", NewsroomUrls.Home)]
    [InlineData(null, "/account/login", "/")]
    [InlineData(null, "/en/account/login", "/en")]
    public async Task Login_WithoutReturnUrl_ShouldTakeStaffToTheNewsroom_AndReadersToTheirHome(string? role, string loginPage, string expected)
    {
        var account = await RoleClients.CreateAccountAsync(App, role is null ? [] : [role]);

        var login = await RoleClients.Anonymous(App).SubmitFormAsync(loginPage, "form.form", new() { ["Email"] = account.Email, ["Password"] = account.Password });

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(expected, login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_ShouldReturnStaffToTheAddressAsked_RatherThanTheNewsroom()
    {
        var editor = await RoleClients.CreateAccountAsync(App, [Roles.Editor]);

        var login = await RoleClients.Anonymous(App).SubmitFormAsync("/account/login?returnUrl=%2Fsections%2Fmir", "form.form",
            new() { ["Email"] = editor.Email, ["Password"] = editor.Password });

        Assert.Equal("/sections/mir", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_ShouldAnswerALockedAddressLikeAnUnknownOne()
    {
        var author = await RoleClients.AuthorAsync(App);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.vestnik";
        (HttpStatusCode, string) locked = default, other = default;

        for (var i = 0; i < 6; i++)
        {
            locked = await AnswerAsync(author.Email, "/account/login", new() { ["Email"] = author.Email, ["Password"] = "wrong-password" });
            other = await AnswerAsync(unknown, "/account/login", new() { ["Email"] = unknown, ["Password"] = "wrong-password" });
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(author.Email))!));
        }
        Assert.Equal(HttpStatusCode.BadRequest, locked.Item1);
        Assert.Equal(locked, other);
    }

    /// <summary>
    /// A fresh visitor's answer to a form, as status and page text with the per-request antiforgery token and the
    /// typed address taken out, so answers about different addresses can be compared.
    /// </summary>
    private async Task<(HttpStatusCode Status, string Page)> AnswerAsync(string email, string url, Dictionary<string, string> fields)
    {
        var visitor = RoleClients.Anonymous(App);
        var response = await visitor.PostFormAsync(url, fields);
        var page = AntiforgeryInput().Replace(await response.Content.ReadAsStringAsync(), "");
        foreach (var value in fields.Values.Where(v => v.Length > 0))
        {
            page = page.Replace(value, "{typed}", StringComparison.Ordinal);
        }
        return (response.StatusCode, page.Replace(email, "{email}", StringComparison.Ordinal));
    }

    [GeneratedRegex("<input name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [Fact]
    public async Task Admin_ShouldInviteAnAuthor_WhoSetsAPasswordAndReachesTheNewsroom()
    {
        var admin = await RoleClients.AdminAsync(App);
        var email = $"invited-{Guid.NewGuid():N}@test.vestnik";

        var invite = await admin.Client.PostFormAsync("/newsroom/users?handler=Invite",
            [new("InviteEmail", email), new("InviteName", "Анна Петрова"), new("InviteRoles", Roles.Author)]);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var link = await LinkFromMailAsync(email);

        var invited = RoleClients.Anonymous(App);
        var set = await invited.PostFormAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = Regex.Match(link, "token=([^&]+)").Groups[1].Value, ["NewPassword"] = "Invited-password-1",
        }, link);
        // Accepting the invitation signs in: no second trip through the sign-in form.
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/newsroom", set.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/newsroom/articles")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await invited.GetAsync("/newsroom/users")).StatusCode);
        var actions = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Subject.StartsWith(email) || e.UserName == email).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Invite, actions);
        Assert.Contains(AuditActions.PasswordReset, actions);
        Assert.Contains(AuditActions.SignIn, actions);
    }

    [Fact]
    public async Task Admin_ShouldChangeRoles_AndAuditIt()
    {
        var admin = await RoleClients.AdminAsync(App);
        var author = await RoleClients.AuthorAsync(App);
        var authorId = await UserIdAsync(author.Email);
        Assert.Equal(HttpStatusCode.OK, (await author.Client.GetAsync("/newsroom/articles")).StatusCode);

        var change = await admin.Client.PostFormAsync("/newsroom/users?handler=Roles", [new("id", authorId), new("roles", Roles.Moderator)]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal([Roles.Moderator], await users.GetRolesAsync((await users.FindByIdAsync(authorId))!));
        }
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == AuditActions.RolesChanged && e.Subject.StartsWith(author.Email)));
        Assert.True(audit);
    }

    [Fact]
    public async Task TwoFactor_ShouldBeRequiredAtSignIn_OnceTurnedOn()
    {
        var editor = await RoleClients.EditorAsync(App);
        var (key, candidate) = await StartTwoFactorSetupAsync(editor);

        var wrong = await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = "000000", ["Candidate"] = candidate });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enable = await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(key), ["Candidate"] = candidate });
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);

        var fresh = RoleClients.Anonymous(App);
        var password = await fresh.SubmitFormAsync("/account/login", "form.form", new() { ["Email"] = editor.Email, ["Password"] = editor.Account.Password });
        Assert.Contains("/account/login-2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await fresh.GetAsync("/newsroom/articles")).StatusCode);

        var badCode = await fresh.SubmitFormAsync("/account/login-2fa", "form.form", new() { ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var code = await fresh.SubmitFormAsync("/account/login-2fa", "form.form", new() { ["Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(NewsroomUrls.Home, code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/newsroom/articles")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_ShouldNotStandInForTheSecondFactor()
    {
        var editor = await RoleClients.EditorAsync(App);
        var (key, candidate) = await StartTwoFactorSetupAsync(editor);
        await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(key), ["Candidate"] = candidate });
        var visitor = RoleClients.Anonymous(App);
        await visitor.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = editor.Email });
        var link = await LinkFromMailAsync(editor.Email);

        var reset = await visitor.PostFormAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = editor.Email, ["Token"] = Regex.Match(link, "token=([^&]+)").Groups[1].Value, ["NewPassword"] = "Second-factor-kept-9",
        }, link);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync("/newsroom/articles")).StatusCode);
    }

    [Fact]
    public async Task TwoFactorPage_ShouldChangeNothing_UntilACodeFromTheNewKeyIsConfirmed()
    {
        var editor = await RoleClients.EditorAsync(App);
        var before = await AccountStateAsync(editor.Email);

        await editor.Client.GetPageAsync("/account/two-factor");
        await editor.Client.GetPageAsync("/account/two-factor");
        var (_, candidate) = await StartTwoFactorSetupAsync(editor);
        var (key, _) = await StartTwoFactorSetupAsync(editor);

        // The security stamp signs out every other session when it changes; the stored key is the working one.
        Assert.Equal(before, await AccountStateAsync(editor.Email));
        var enabled = await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(key), ["Candidate"] = candidate });
        Assert.Equal(HttpStatusCode.BadRequest, enabled.StatusCode);
        Assert.Equal(before, await AccountStateAsync(editor.Email));
    }

    [Fact]
    public async Task TwoFactorKey_ShouldBeReplaced_OnlyWhenTheNewOneIsConfirmed()
    {
        var editor = await RoleClients.EditorAsync(App);
        var (oldKey, oldCandidate) = await StartTwoFactorSetupAsync(editor);
        await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(oldKey), ["Candidate"] = oldCandidate });
        var on = await AccountStateAsync(editor.Email);
        Assert.Equal((true, oldKey), (on.TwoFactor, on.Key));

        var (newKey, newCandidate) = await StartTwoFactorSetupAsync(editor);
        Assert.Equal(on, await AccountStateAsync(editor.Email));
        var confirmed = await editor.Client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(newKey), ["Candidate"] = newCandidate });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal((true, newKey), ((await AccountStateAsync(editor.Email)).TwoFactor, (await AccountStateAsync(editor.Email)).Key));
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync("/newsroom/articles")).StatusCode);
    }

    [Fact]
    public async Task Login_ShouldLockOutAfterFiveFailures_AndAuditThem()
    {
        var author = await RoleClients.AuthorAsync(App);
        var visitor = RoleClients.Anonymous(App);
        for (var i = 0; i < 5; i++)
        {
            await visitor.SubmitFormAsync("/account/login", "form.form", new() { ["Email"] = author.Email, ["Password"] = "wrong-password" });
        }

        var right = await visitor.SubmitFormAsync("/account/login", "form.form", new() { ["Email"] = author.Email, ["Password"] = author.Account.Password });

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var failures = await App.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.SignInFailed && e.UserName == author.Email));
        Assert.True(failures >= 5);
    }

    /// <summary>Presses "set up" on the two-factor page; returns the offered key and the sealed form value that carries it.</summary>
    private static async Task<(string Key, string Candidate)> StartTwoFactorSetupAsync(SignedIn staff)
    {
        var response = await staff.Client.PostFormAsync("/account/two-factor?handler=Start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        return (page.QuerySelector("#authenticator-key")!.TextContent.Trim(),
            page.QuerySelector("#two-factor-confirm input[name=Candidate]")!.GetAttribute("value")!);
    }

    private async Task<(string? Stamp, bool TwoFactor, string? Key)> AccountStateAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return (user.SecurityStamp, user.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(user));
    }

    private Task<string> UserIdAsync(string email) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>RFC 6238 TOTP (SHA-1, 30 s, 6 digits), as an authenticator app computes it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1; the test must compute what the phone computes.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant().Where(c => c != ' '))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return output.ToArray();
    }
}

public sealed class SqliteAccountFlowsTests(SqliteAppFixture fixture) : AccountFlowsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAccountFlowsTests(PostgresAppFixture fixture) : AccountFlowsTests(fixture), IClassFixture<PostgresAppFixture>;
