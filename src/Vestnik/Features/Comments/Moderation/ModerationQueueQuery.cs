using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Moderation;

public enum QueueTab
{
    Pending,
    Reported,
    Spam,
    All,
}

public sealed record QueueFilter(QueueTab Tab, string? Article, string? Author, string? Text, int Page);

public sealed record QueueRow(
    long Id,
    string ArticleTitle,
    string ArticleUrl,
    string AuthorName,
    string? AuthorId,
    string Body,
    CommentStatus Status,
    bool IsShadowed,
    string ReviewNotes,
    double SpamScore,
    IReadOnlyList<string> Reports,
    string CreatedText);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, bool HasMore);

/// <summary>The moderation queue: one tab, filtered by article title, author name or text, newest first.</summary>
public sealed class ModerationQueueQuery(VestnikDbContext db, NewsroomTime time)
{
    public const int PageSize = 50;
    public const int MaxFilterLength = 200;

    public async Task<QueuePage> HandleAsync(QueueFilter filter, ContentLanguage language, CancellationToken cancellationToken)
    {
        var comments = db.Set<Comment>().AsNoTracking().Where(c => c.Status != CommentStatus.Deleted);
        comments = filter.Tab switch
        {
            QueueTab.Pending => comments.Where(c => c.Status == CommentStatus.Pending),
            QueueTab.Reported => comments.Where(c => c.ReportCount > 0 && c.Status != CommentStatus.Rejected && c.Status != CommentStatus.Spam),
            QueueTab.Spam => comments.Where(c => c.Status == CommentStatus.Spam),
            _ => comments,
        };
        if (Clean(filter.Author) is { } author)
        {
            comments = comments.Where(c => c.AuthorName.Contains(author));
        }
        if (Clean(filter.Text) is { } text)
        {
            comments = comments.Where(c => c.Body.Contains(text));
        }
        var rows = comments.Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { Comment = c, a.Title, a.Slug, a.Language });
        if (Clean(filter.Article) is { } article)
        {
            rows = int.TryParse(article, out var articleId)
                ? rows.Where(r => r.Comment.ArticleId == articleId)
                : rows.Where(r => r.Title.Contains(article));
        }
        var page = Math.Clamp(filter.Page, 1, 10_000);
        var found = await rows
            .OrderByDescending(r => r.Comment.CreatedAt).ThenByDescending(r => r.Comment.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new
            {
                r.Comment.Id, r.Title, r.Slug, r.Language, r.Comment.AuthorName, r.Comment.AuthorId, r.Comment.Body,
                r.Comment.Status, r.Comment.IsShadowed, r.Comment.ReviewNotes, r.Comment.SpamScore, r.Comment.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        var hasMore = found.Count > PageSize;
        var shown = found.Take(PageSize).ToList();
        var ids = shown.Select(r => r.Id).ToList();
        var reports = (await db.Set<CommentReport>().AsNoTracking()
                .Where(r => ids.Contains(r.CommentId))
                .OrderBy(r => r.CreatedAt)
                .Select(r => new { r.CommentId, r.Reason })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CommentId, r => r.Reason);
        return new QueuePage(
            shown.ConvertAll(r => new QueueRow(
                r.Id, r.Title, ReaderUrls.Article(r.Language, r.Slug), r.AuthorName, r.AuthorId, r.Body, r.Status, r.IsShadowed,
                r.ReviewNotes, r.SpamScore, reports[r.Id].ToList(), time.FormatDateTime(r.CreatedAt, language))),
            hasMore);
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxFilterLength ? trimmed[..MaxFilterLength] : trimmed;
    }
}
