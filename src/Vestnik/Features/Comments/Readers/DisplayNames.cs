using Vestnik.Features.Comments.Posting;

namespace Vestnik.Features.Comments.Readers;

/// <summary>The name shown above a reader's comments: 2 to 50 characters as typed, without control characters.</summary>
public static class DisplayNames
{
    public const int MinLength = 2;
    public const int MaxLength = 50;

    public static string Normalize(string? name) =>
        string.Join(' ', CommentFormatter.Normalize(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool IsValid(string name)
    {
        var length = CommentFormatter.VisibleLength(name);
        return length is >= MinLength and <= MaxLength;
    }
}
