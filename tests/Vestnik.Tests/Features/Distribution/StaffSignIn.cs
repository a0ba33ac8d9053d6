using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>A browser-like client signed in through the real login form as a new staff member with the given role.</summary>
public static class StaffSignIn
{
    public const string Password = "Staff-password-123";

    public static async Task<HttpClient> AsAsync(VestnikApp app, string? role)
    {
        var email = $"{role?.ToLowerInvariant() ?? "staff"}-{Guid.NewGuid():N}@test.vestnik";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (role is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await AntiforgeryForm.GetAsync(client, "/account/login");
        form["Email"] = email;
        form["Password"] = Password;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpClient> AdminAsync(VestnikApp app) => AsAsync(app, Roles.Admin);
}

/// <summary>Reads a page's form fields (including the antiforgery token) so a test can post it back.</summary>
public static class AntiforgeryForm
{
    public static async Task<Dictionary<string, string>> GetAsync(HttpClient client, string url, string formSelector = "form[method=post]")
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form {formSelector} on {url}");
        return form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "submit"))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
    }
}
