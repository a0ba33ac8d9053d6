using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Threads;

/// <summary>One page of threads under an article, as one viewer may see them.</summary>
public sealed record ThreadPage(IReadOnlyList<CommentView> Threads, bool HasMore);

/// <summary>
/// Loads a page of top-level comments in the chosen order and then only the replies of those threads: two
/// indexed queries whatever the number of comments on the article, so a page with thousands stays fast.
/// </summary>
public sealed class CommentThreadsQuery(VestnikDbContext db, NewsroomTime time, TimeProvider clock)
{
    public const int MaxPage = 10_000;

    public async Task<ThreadPage> HandleAsync(
        int articleId, ContentLanguage language, string? viewerId, CommentSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, MaxPage);
        var visible = VisibleTo(viewerId);
        var roots = db.Set<Comment>().AsNoTracking().Where(c => c.ArticleId == articleId && c.Depth == 0).Where(visible);
        roots = sort switch
        {
            CommentSort.Newest => roots.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
            CommentSort.Liked => roots.OrderByDescending(c => c.LikeCount).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id),
            _ => roots.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        };
        var rootRows = await Project(roots.Skip((page - 1) * pageSize).Take(pageSize + 1)).ToListAsync(cancellationToken);
        var hasMore = rootRows.Count > pageSize;
        if (hasMore)
        {
            rootRows.RemoveAt(pageSize);
        }
        var rootIds = rootRows.Select(r => r.Id).ToList();
        // The replies are filtered for visibility here rather than in SQL. With the status condition in the query,
        // SQLite (which keeps no statistics unless told to analyze) rates "Status = 0 OR Status = 4" on the status
        // index as more selective than "RootId IN (20 ids)" and walks every published comment of the site: 1.6 s per
        // page with a million comments. Without it only the RootId index applies, and hidden replies of the threads on
        // one page are few.
        var replyRows = rootIds.Count == 0
            ? []
            : (await Project(db.Set<Comment>().AsNoTracking()
                    .Where(c => c.RootId != null && rootIds.Contains(c.RootId.Value))
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id))
                .ToListAsync(cancellationToken))
                .Where(r => IsVisible(r.Status, r.IsShadowed, r.AuthorId, viewerId))
                .ToList();

        var allIds = rootIds.Concat(replyRows.Select(r => r.Id)).ToList();
        var liked = viewerId is null || allIds.Count == 0
            ? []
            : (await db.Set<CommentLike>().AsNoTracking()
                .Where(l => l.UserId == viewerId && allIds.Contains(l.CommentId))
                .Select(l => l.CommentId)
                .ToListAsync(cancellationToken)).ToHashSet();

        var now = clock.GetUtcNow();
        var views = new Dictionary<long, CommentView>();
        var threads = new List<CommentView>();
        foreach (var row in rootRows.Concat(replyRows))
        {
            var view = ToView(row, viewerId, liked, language, now);
            views[row.Id] = view;
            if (row.DisplayParentId is { } parentId && views.TryGetValue(parentId, out var parent))
            {
                parent.Replies.Add(view);
            }
            else if (row.Depth == 0)
            {
                threads.Add(view);
            }
        }
        return new ThreadPage(threads, hasMore);
    }

    /// <summary>The page of the default (oldest-first) order on which a top-level comment appears, for permalinks.</summary>
    public async Task<int> PageOfAsync(Comment comment, string? viewerId, int pageSize, CancellationToken cancellationToken)
    {
        var rootId = comment.RootId ?? comment.Id;
        var root = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == rootId)
            .Select(c => new { c.CreatedAt, c.Id }).FirstAsync(cancellationToken);
        var before = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.ArticleId == comment.ArticleId && c.Depth == 0)
            .Where(VisibleTo(viewerId))
            .CountAsync(c => c.CreatedAt < root.CreatedAt || (c.CreatedAt == root.CreatedAt && c.Id < root.Id), cancellationToken);
        return before / pageSize + 1;
    }

    /// <summary>
    /// What a viewer sees: published comments, placeholders of deleted ones, and their own comments that wait for a
    /// moderator or are shadowed.
    /// </summary>
    public static Expression<Func<Comment, bool>> VisibleTo(string? viewerId) => viewerId == null
        ? c => (c.Status == CommentStatus.Published && !c.IsShadowed) || c.Status == CommentStatus.Deleted
        : c => (c.Status == CommentStatus.Published && !c.IsShadowed) || c.Status == CommentStatus.Deleted
            || (c.AuthorId == viewerId && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Pending));

    private static IQueryable<Row> Project(IQueryable<Comment> comments) => comments.Select(RowOf);

    // Built once: an inline projection is a new expression tree, with its reflection lookups, on every page view.
    private static readonly Expression<Func<Comment, Row>> RowOf = c => new Row(
        c.Id, c.DisplayParentId, c.Depth, c.AuthorId, c.AuthorName, c.BodyHtml, c.Status, c.IsShadowed, c.ReplyToName,
        c.CreatedAt, c.EditedAt, c.LikeCount);

    private CommentView ToView(Row row, string? viewerId, HashSet<long> liked, ContentLanguage language, DateTimeOffset now)
    {
        var deleted = row.Status == CommentStatus.Deleted;
        var own = viewerId is not null && row.AuthorId == viewerId;
        return new CommentView
        {
            Id = row.Id,
            AuthorName = deleted ? "" : row.AuthorName,
            AuthorUrl = row.AuthorId is null || deleted ? null : CommentUrls.Reader(row.AuthorId),
            BodyHtml = deleted ? "" : row.BodyHtml,
            CreatedAt = row.CreatedAt,
            CreatedText = time.FormatDateTime(row.CreatedAt, language),
            IsEdited = row.EditedAt is not null && !deleted,
            IsDeleted = deleted,
            IsAwaiting = own && row.Status == CommentStatus.Pending,
            ReplyToName = row.ReplyToName,
            Depth = row.Depth,
            LikeCount = row.LikeCount,
            LikedByViewer = liked.Contains(row.Id),
            IsOwn = own && !deleted,
            CanEdit = own && !deleted && now - row.CreatedAt <= Comment.EditWindow,
        };
    }

    /// <summary><see cref="VisibleTo"/> for rows already loaded.</summary>
    private static bool IsVisible(CommentStatus status, bool isShadowed, string? authorId, string? viewerId) =>
        (status == CommentStatus.Published && !isShadowed) || status == CommentStatus.Deleted
        || (viewerId is not null && authorId == viewerId && status is CommentStatus.Published or CommentStatus.Pending);

    private sealed record Row(
        long Id, long? DisplayParentId, int Depth, string? AuthorId, string AuthorName, string BodyHtml, CommentStatus Status,
        bool IsShadowed, string? ReplyToName, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, int LikeCount);
}
