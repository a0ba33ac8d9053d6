using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>A signed-in browser-like client for one account: cookies kept, redirects not followed, forms posted with their token.</summary>
public sealed class Staff(HttpClient client, string email, string password)
{
    public const string Password = "Staff-password-1";

    public HttpClient Client { get; } = client;
    public string Email { get; } = email;
    public string UserPassword { get; } = password;

    public static HttpClient NewClient(VestnikApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates an account with the given roles (none: a reader) and signs it in.</summary>
    public static async Task<Staff> SignInAsync(VestnikApp app, params string[] roles)
    {
        var email = $"{string.Join("-", roles.DefaultIfEmpty("reader")).ToLowerInvariant()}-{Guid.NewGuid():N}@test.vestnik";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Check(await users.CreateAsync(user, Password));
            if (roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, roles));
            }
        }
        var staff = new Staff(NewClient(app), email, Password);
        var response = await staff.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return staff;
    }

    /// <summary>The antiforgery token of the form on <paramref name="pageUrl"/>.</summary>
    public async Task<string> TokenAsync(string pageUrl)
    {
        var (_, page) = await Client.GetPageAsync(pageUrl);
        return Token(page) ?? throw new InvalidOperationException($"no antiforgery token on {pageUrl}");
    }

    public static string? Token(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    /// <summary>Posts a form to <paramref name="url"/> with the token read from <paramref name="tokenFrom"/> (default: the same URL).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? StripHandler(url));
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Client.PostAsync(url, content);
    }

    /// <summary>Posts with several values per key (lists such as author ids).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? StripHandler(url));
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static string StripHandler(string url) => url.Split('?')[0];

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
