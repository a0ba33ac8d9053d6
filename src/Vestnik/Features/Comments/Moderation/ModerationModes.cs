using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Resolves and sets the moderation mode: the article's own, else its section's, else the site's (open by default).</summary>
public sealed class ModerationModes(VestnikDbContext db)
{
    public async Task<ModerationMode> ForArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        // One query on every article page and every post: the article's own setting, its section's, the site's.
        var sectionOfArticle = db.Articles.Where(a => a.Id == articleId).Select(a => (int?)a.SectionId);
        var settings = await db.Set<CommentModeSetting>().AsNoTracking()
            .Where(s => s.ArticleId == articleId || (s.ArticleId == null && (s.SectionId == null || sectionOfArticle.Contains(s.SectionId))))
            .Select(s => new { s.ArticleId, s.SectionId, s.Mode })
            .ToListAsync(cancellationToken);
        var chosen = settings.FirstOrDefault(s => s.ArticleId == articleId)
            ?? settings.FirstOrDefault(s => s.SectionId != null)
            ?? settings.FirstOrDefault();
        return chosen?.Mode ?? ModerationMode.Open;
    }

    /// <summary>Sets the mode for the site (both ids null), a section or an article; null mode removes the override.</summary>
    public async Task SetAsync(int? sectionId, int? articleId, ModerationMode? mode, CancellationToken cancellationToken)
    {
        var existing = await db.Set<CommentModeSetting>()
            .FirstOrDefaultAsync(s => s.SectionId == sectionId && s.ArticleId == articleId, cancellationToken);
        if (mode is null)
        {
            if (existing is not null)
            {
                db.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.Add(new CommentModeSetting { SectionId = sectionId, ArticleId = articleId, Mode = mode.Value });
        }
        else
        {
            existing.Mode = mode.Value;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
