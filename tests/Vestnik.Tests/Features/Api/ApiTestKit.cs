using System.Net.Http.Headers;
using System.Text.Json;
using Vestnik.Data;
using Vestnik.Features.Api.Keys;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Api;

/// <summary>The content API's apps run with the response cache on, so every test also crosses the cached path.</summary>
public sealed class ApiSqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite)
{
    protected override void Configure(VestnikApp app) => app.WithSetting("OutputCache:Enabled", "true");
}

public sealed class ApiPostgresAppFixture() : AppFixture(DatabaseProvider.Postgres)
{
    protected override void Configure(VestnikApp app) => app.WithSetting("OutputCache:Enabled", "true");
}

/// <summary>Keys written straight to the table, and requests that carry them, for tests about what the API answers.</summary>
public static class ApiTestKit
{
    /// <param name="actsAsUserId">The staff account a key with a writing scope acts as.</param>
    public static async Task<string> KeyAsync(
        VestnikApp app, int requestsPerMinute = 10_000, string origins = "", string scopes = ApiScopes.ContentRead, string? actsAsUserId = null, string name = "test key")
    {
        var secret = ApiKey.NewSecret();
        await app.WithDbAsync(async db =>
        {
            db.Add(new ApiKey
            {
                Name = name,
                SecretHash = ApiKey.HashOf(secret),
                Scopes = scopes,
                AllowedOrigins = origins,
                RequestsPerMinute = requestsPerMinute,
                CreatedAt = DateTimeOffset.UtcNow,
                ActsAsUserId = actsAsUserId,
            });
            await db.SaveChangesAsync();
        });
        return secret;
    }

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, string? key, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<string> Slugs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
}
