namespace Vestnik.Features.Api.Access;

/// <summary>Endpoint metadata: the scope a key needs to call the endpoint.</summary>
public sealed record RequiredScope(string Scope);
