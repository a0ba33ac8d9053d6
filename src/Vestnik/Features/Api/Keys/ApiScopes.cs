namespace Vestnik.Features.Api.Keys;

/// <summary>
/// What a key may do. Only reading exists today; <c>articles:write</c> and <c>media:write</c> are the names kept for
/// the admin API, so no key can be given them before it exists.
/// </summary>
public static class ApiScopes
{
    public const string ContentRead = "content:read";

    /// <summary>The scopes a key can be given in the newsroom now.</summary>
    public static readonly IReadOnlyList<string> Grantable = [ContentRead];
}
