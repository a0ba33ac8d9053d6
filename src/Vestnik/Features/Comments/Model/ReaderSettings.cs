namespace Vestnik.Features.Comments.Model;

/// <summary>A commenting reader's preferences, kept beside the account.</summary>
public sealed class ReaderSettings
{
    public required string UserId { get; init; }
    public bool NotifyOnReply { get; set; } = true;

    /// <summary>Secret in the unsubscribe link, so a reader can opt out from the email without signing in.</summary>
    public required string UnsubscribeToken { get; init; }
}
