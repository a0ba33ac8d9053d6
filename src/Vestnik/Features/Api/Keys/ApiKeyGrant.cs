namespace Vestnik.Features.Api.Keys;

/// <summary>
/// What a valid key allows, as the API's door reads it on every request; <see cref="ActsAsUserId"/> is the staff
/// account its writes are made as (null for a key that only reads).
/// </summary>
public sealed record ApiKeyGrant(int Id, string Name, IReadOnlySet<string> Scopes, IReadOnlySet<string> Origins, int RequestsPerMinute, string? ActsAsUserId = null)
{
    public bool Has(string scope) => Scopes.Contains(scope);

    public bool AllowsOrigin(string origin) => Origins.Contains(origin);
}
