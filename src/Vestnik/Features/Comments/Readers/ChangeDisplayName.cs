using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Readers;

/// <summary>
/// A reader takes a new name under the same rules as at registration. Their comments carry the name they were
/// written under, so those are renamed too; each renamed comment goes through the change log, which evicts the
/// cached pages showing it.
/// </summary>
public sealed class ChangeDisplayName(VestnikDbContext db, DisplayNamePolicy names)
{
    public async Task<DisplayNameProblem> HandleAsync(string userId, string? requested, CancellationToken cancellationToken)
    {
        var name = DisplayNames.Normalize(requested);
        var problem = await names.CheckAsync(name, userId, cancellationToken);
        if (problem != DisplayNameProblem.None)
        {
            return problem;
        }
        var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken);
        if (user.DisplayName == name)
        {
            return DisplayNameProblem.None;
        }
        user.DisplayName = name;
        var comments = await db.Set<Comment>()
            .Where(c => c.AuthorId == userId && c.Status != CommentStatus.Deleted && c.AuthorName != name)
            .ToListAsync(cancellationToken);
        foreach (var comment in comments)
        {
            comment.AuthorName = name;
        }
        await db.SaveChangesAsync(cancellationToken);
        return DisplayNameProblem.None;
    }
}
