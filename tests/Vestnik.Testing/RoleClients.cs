using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Xunit;

namespace Vestnik.Testing;

/// <summary>An account a test made: who it is and how it signs in.</summary>
public sealed record TestAccount(string Id, string Email, string DisplayName, string Password);

/// <summary>A signed-in account and the client that carries its cookies.</summary>
public sealed record SignedIn(TestAccount Account, HttpClient Client)
{
    public string Id => Account.Id;
    public string Email => Account.Email;
    public string DisplayName => Account.DisplayName;
}

/// <summary>
/// The way tests become someone: a new account with the given roles (none: a reader), made through the app's own
/// user manager, signed in through the real sign-in form so antiforgery and the cookie are the ones a browser gets.
/// Clients keep cookies and do not follow redirects, so a test sees where the app sends it.
/// </summary>
public static class RoleClients
{
    private const string Password = "Test-account-password-1";

    /// <summary>A visitor who is not signed in; on an app serving a real port, through a socket like a browser's.</summary>
    public static HttpClient Anonymous(VestnikApp app) => app.ServesRealPort
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.ClientOptions.BaseAddress }
        : app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Task<SignedIn> AdminAsync(VestnikApp app, string? displayName = null) => SignedInAsync(app, [Roles.Admin], displayName);

    public static Task<SignedIn> EditorAsync(VestnikApp app, string? displayName = null) => SignedInAsync(app, [Roles.Editor], displayName);

    public static Task<SignedIn> AuthorAsync(VestnikApp app, string? displayName = null) => SignedInAsync(app, [Roles.Author], displayName);

    public static Task<SignedIn> ModeratorAsync(VestnikApp app, string? displayName = null) => SignedInAsync(app, [Roles.Moderator], displayName);

    /// <summary>A reader; <paramref name="emailConfirmed"/> false for one who has not followed the confirmation link yet.</summary>
    public static Task<SignedIn> ReaderAsync(VestnikApp app, string? displayName = null, bool emailConfirmed = true) =>
        SignedInAsync(app, [], displayName, emailConfirmed);

    /// <summary>An account holding all of <paramref name="roles"/> (none: a reader), signed in.</summary>
    public static Task<SignedIn> AsAsync(VestnikApp app, params string[] roles) => SignedInAsync(app, roles, null);

    /// <summary>Creates the account without signing it in, for tests of signing in itself and for browsers.</summary>
    public static async Task<TestAccount> CreateAccountAsync(VestnikApp app, IReadOnlyCollection<string> roles, string? displayName = null, bool emailConfirmed = true)
    {
        var unique = Guid.NewGuid().ToString("N");
        var email = $"{string.Join("-", roles.DefaultIfEmpty("reader")).ToLowerInvariant()}-{unique}@test.vestnik";
        displayName ??= $"{string.Join(" ", roles.DefaultIfEmpty("Читатель"))} {unique[..6]}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = emailConfirmed, DisplayName = displayName };
        Check(await users.CreateAsync(user, Password));
        if (roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }
        return new TestAccount(user.Id, email, displayName, Password);
    }

    /// <summary>A new client signed in as <paramref name="account"/> through the sign-in form.</summary>
    public static async Task<HttpClient> SignInAsync(VestnikApp app, TestAccount account)
    {
        var client = Anonymous(app);
        await SignInAsync(client, account.Email, account.Password);
        return client;
    }

    /// <summary>Signs <paramref name="client"/> in, for an app in a process of its own (the client must keep cookies).</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var response = await client.SubmitFormAsync("/account/login", "form.form", new() { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {email} answered {(int)response.StatusCode}");
    }

    private static async Task<SignedIn> SignedInAsync(VestnikApp app, string[] roles, string? displayName, bool emailConfirmed = true)
    {
        var account = await CreateAccountAsync(app, roles, displayName, emailConfirmed);
        return new SignedIn(account, await SignInAsync(app, account));
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
