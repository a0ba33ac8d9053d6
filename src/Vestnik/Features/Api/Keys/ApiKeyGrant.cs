namespace Vestnik.Features.Api.Keys;

/// <summary>What a valid key allows, as the API's door reads it on every request.</summary>
public sealed record ApiKeyGrant(int Id, string Name, IReadOnlySet<string> Scopes, IReadOnlySet<string> Origins, int RequestsPerMinute)
{
    public bool Has(string scope) => Scopes.Contains(scope);

    public bool AllowsOrigin(string origin) => Origins.Contains(origin);
}
