using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Resolves and sets the moderation mode: the article's own, else its section's, else the site's (open by default).</summary>
public sealed class ModerationModes(VestnikDbContext db)
{
    public async Task<ModerationMode> ForArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        // One query for the three levels (it runs on every article page): the article's own row, its section's row
        // (matched through the article, so the section id need not be read first) and the site's.
        var articles = db.Articles.Where(a => a.Id == articleId);
        var settings = await db.Set<CommentModeSetting>().AsNoTracking()
            .Where(s => s.ArticleId == articleId
                || (s.ArticleId == null && (s.SectionId == null || articles.Any(a => a.SectionId == s.SectionId))))
            .Select(s => new { s.ArticleId, s.SectionId, s.Mode })
            .ToListAsync(cancellationToken);
        var chosen = settings.FirstOrDefault(s => s.ArticleId == articleId)
            ?? settings.FirstOrDefault(s => s.ArticleId == null && s.SectionId != null)
            ?? settings.FirstOrDefault(s => s.ArticleId == null && s.SectionId == null);
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
