using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>The moderation queue's length, as the metrics gauge and the System page show it.</summary>
public static class PendingComments
{
    /// <summary>Counted on the (Status, CreatedAt) index.</summary>
    public static Task<int> CountAsync(VestnikDbContext db, CancellationToken cancellationToken) =>
        db.Set<Comment>().CountAsync(c => c.Status == CommentStatus.Pending, cancellationToken);
}
