namespace Vestnik.Features.Api.Keys;

/// <summary>What a key may do: read published content, and, acting as a staff account, write articles and upload images.</summary>
public static class ApiScopes
{
    public const string ContentRead = "content:read";
    public const string ArticlesWrite = "articles:write";
    public const string MediaWrite = "media:write";

    /// <summary>The scopes a key can be given in the newsroom, in the order the key page offers them.</summary>
    public static readonly IReadOnlyList<string> Grantable = [ContentRead, ArticlesWrite, MediaWrite];

    /// <summary>Scopes whose requests act as the key's staff account, so a key holding one must name that account.</summary>
    public static readonly IReadOnlyList<string> Writing = [ArticlesWrite, MediaWrite];
}
