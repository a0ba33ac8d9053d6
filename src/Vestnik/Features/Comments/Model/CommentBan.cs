namespace Vestnik.Features.Comments.Model;

/// <summary>
/// Keeps an account or an address from commenting. A shadow ban lets the reader keep posting, but only they
/// see what they post, so they have no reason to come back under a new name.
/// </summary>
public sealed class CommentBan
{
    public const int MaxReasonLength = 500;

    public int Id { get; private set; }

    /// <summary>The banned account, or null for an address ban.</summary>
    public string? UserId { get; init; }

    /// <summary>The salted hash of the banned address, or null for an account ban.</summary>
    public string? IpHash { get; init; }

    public bool IsShadow { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? Until { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? LiftedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => LiftedAt is null && (Until is null || Until > now);
}
