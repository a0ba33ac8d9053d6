namespace Vestnik.Features.Comments.Model;

/// <summary>How many spam and legitimate comments a token appeared in: the naive Bayes classifier's whole memory.</summary>
public sealed class SpamToken
{
    /// <summary>The token that counts documents rather than a word.</summary>
    public const string DocumentsKey = "\u0001documents";
    public const int MaxLength = 64;

    public required string Token { get; init; }
    public int SpamCount { get; set; }
    public int HamCount { get; set; }
}
