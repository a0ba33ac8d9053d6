using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Readers;

public sealed record ProfileComment(long Id, string ArticleTitle, string ArticleUrl, string BodyHtml, string CreatedText);

public sealed record ReaderProfile(string DisplayName, IReadOnlyList<ProfileComment> Comments);

/// <summary>A reader's public face: their name and latest published comments on published articles; null for no such account.</summary>
public sealed class ReaderProfileQuery(VestnikDbContext db, NewsroomTime time)
{
    public const int CommentsShown = 50;
    private const int MaxIdLength = 100;

    public async Task<ReaderProfile?> LoadAsync(string userId, ContentLanguage language, CancellationToken cancellationToken)
    {
        var name = userId.Length > MaxIdLength ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }
        var rows = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == userId && c.Status == CommentStatus.Published && !c.IsShadowed)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.BodyHtml, c.CreatedAt, a.Title, a.Slug, a.Language, a.Status })
            .Where(r => r.Status == ArticleStatus.Published)
            .OrderByDescending(r => r.CreatedAt)
            .Take(CommentsShown)
            .ToListAsync(cancellationToken);
        return new ReaderProfile(name, rows.ConvertAll(r =>
            new ProfileComment(r.Id, r.Title, ReaderUrls.Article(r.Language, r.Slug), r.BodyHtml, time.FormatDateTime(r.CreatedAt, language))));
    }
}
