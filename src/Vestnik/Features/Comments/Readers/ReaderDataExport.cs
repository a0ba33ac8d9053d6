using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Readers;

/// <summary>
/// Everything the site keeps about a reader, as JSON for them to download: the account, settings, every comment
/// (held and rejected ones included), and the likes and reports they gave.
/// </summary>
public sealed class ReaderDataExport(VestnikDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A download read by people: Cyrillic as letters, not \u escapes. It is never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]?> HandleAsync(string userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }
        var settings = await db.Set<ReaderSettings>().AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.NotifyOnReply }).FirstOrDefaultAsync(cancellationToken);
        var comments = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == userId)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                c.Id, c.ParentId, c.AuthorName, c.Body, c.Status, c.CreatedAt, c.EditedAt, c.LikeCount, a.Title, a.Slug, a.Language,
            })
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var likes = await db.Set<CommentLike>().AsNoTracking().Where(l => l.UserId == userId)
            .OrderBy(l => l.CreatedAt).Select(l => new { l.CommentId, l.CreatedAt }).ToListAsync(cancellationToken);
        var reports = await db.Set<CommentReport>().AsNoTracking().Where(r => r.ReporterId == userId)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.CommentId, r.Reason, r.CreatedAt }).ToListAsync(cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            ExportedAt = clock.GetUtcNow(),
            Account = account,
            Settings = settings,
            Comments = comments.Select(c => new
            {
                c.Id,
                c.ParentId,
                Article = new { c.Title, Url = ReaderUrls.Article(c.Language, c.Slug) },
                c.AuthorName,
                c.Body,
                Status = c.Status.ToString().ToLowerInvariant(),
                c.CreatedAt,
                c.EditedAt,
                c.LikeCount,
            }),
            Likes = likes,
            Reports = reports,
        }, Json);
    }
}
