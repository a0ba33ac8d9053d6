namespace Vestnik.Features.Comments;

/// <summary>Addresses of the comments feature, in one place.</summary>
public static class CommentUrls
{
    public const string Post = "/comments/post";
    public const string Queue = "/newsroom/comments";
    public const string Settings = "/newsroom/comments/settings";

    public static string Permalink(long id) => $"/comments/{id}";

    public static string Anchor(long id) => $"comment-{id}";

    public static string Unsubscribe(string token) => $"/comments/unsubscribe/{token}";

    public static string Reader(string userId) => $"/readers/{userId}";

    public static string ModeratorReader(string userId) => $"/newsroom/comments/readers/{userId}";
}
