using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>A signed-in staff member's HTTP client: signs in through the real login form and posts forms with their antiforgery token.</summary>
public sealed class NewsroomClient
{
    private NewsroomClient(HttpClient client, string userId)
    {
        Http = client;
        UserId = userId;
    }

    public HttpClient Http { get; }
    public string UserId { get; }

    public static async Task<NewsroomClient> SignInAsync(VestnikApp app, params string[] roles)
    {
        var email = $"staff-{Guid.NewGuid():N}@test.vestnik";
        const string password = "Staff-password-123";
        string userId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password));
            if (roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, roles));
            }
            userId = user.Id;
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var session = new NewsroomClient(client, userId);
        var response = await session.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }
        return session;
    }

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var (_, page) = await Http.GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no antiforgery token");
        fields["__RequestVerificationToken"] = token;
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, string field, string fileName, byte[] content)
    {
        var (_, page) = await Http.GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await Http.PostAsync(action, form);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
