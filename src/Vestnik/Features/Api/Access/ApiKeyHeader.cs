namespace Vestnik.Features.Api.Access;

/// <summary>Where a request carries its key: <c>Authorization: Bearer …</c>, or <c>X-Api-Key</c> for tools that cannot set the first.</summary>
public static class ApiKeyHeader
{
    public const string Name = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public static string? Read(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return NullIfEmpty(authorization[BearerPrefix.Length..].Trim());
        }
        return NullIfEmpty(request.Headers[Name].ToString().Trim());
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
