using System.Globalization;
using Vestnik.Data;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Backlogs;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>The comments waiting for a moderator, on the System page.</summary>
public sealed class ModerationBacklog(VestnikDbContext db) : IBacklog
{
    public async Task<IReadOnlyList<BacklogLine>> ReadAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var pending = await PendingComments.CountAsync(db, cancellationToken);
        return [new BacklogLine("pending-comments", CommentsText.For(language).PendingQueue, pending.ToString(CultureInfo.InvariantCulture))];
    }
}
