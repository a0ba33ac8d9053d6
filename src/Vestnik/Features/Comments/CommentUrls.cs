namespace Vestnik.Features.Comments;

/// <summary>Addresses of the comments feature, in one place.</summary>
public static class CommentUrls
{
    public const string Post = "/comments/post";
    public const string Queue = "/newsroom/comments";

    /// <summary>The reader's own account page and the pages it leads to.</summary>
    public const string Account = "/account";
    public const string AccountEmailConfirm = "/account/email/confirm";
    public const string AccountData = "/account/data";
    public const string AccountDelete = "/account/delete";
    public const string Settings = "/newsroom/comments/settings";

    public static string Permalink(long id) => $"/comments/{id}";

    /// <summary>The page that asks the author to confirm deleting their comment.</summary>
    public static string Delete(long id) => $"/comments/{id}/delete";

    /// <summary>Where a report on the comment posts, and where an incomplete one comes back to be completed.</summary>
    public static string Report(long id) => $"/comments/{id}/report";

    public static string Anchor(long id) => $"comment-{id}";

    public static string Unsubscribe(string token) => $"/comments/unsubscribe/{token}";

    public static string Reader(string userId) => $"/readers/{userId}";

    public static string ModeratorReader(string userId) => $"/newsroom/comments/readers/{userId}";
}
