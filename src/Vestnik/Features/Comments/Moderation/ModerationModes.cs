using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Resolves and sets the moderation mode: the article's own, else its section's, else the site's (open by default).</summary>
public sealed class ModerationModes(VestnikDbContext db)
{
    public async Task<ModerationMode> ForArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        var settings = await Levels.For(db)(db, articleId).ToListAsync(cancellationToken);
        var chosen = settings.FirstOrDefault(s => s.ArticleId == articleId)
            ?? settings.FirstOrDefault(s => s.ArticleId == null && s.SectionId != null)
            ?? settings.FirstOrDefault(s => s.ArticleId == null && s.SectionId == null);
        return chosen?.Mode ?? ModerationMode.Open;
    }

    // One compiled query for the three levels (it runs on every article page): the article's own row, its section's
    // row (matched through the article, so the section id need not be read first) and the site's.
    private static readonly CompiledPerModel<Func<VestnikDbContext, int, IAsyncEnumerable<Level>>> Levels = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, int articleId) => db.Set<CommentModeSetting>()
            .Where(s => s.ArticleId == articleId
                || (s.ArticleId == null && (s.SectionId == null || db.Articles.Any(a => a.Id == articleId && a.SectionId == s.SectionId))))
            .Select(s => new Level(s.ArticleId, s.SectionId, s.Mode))));

    private sealed record Level(int? ArticleId, int? SectionId, ModerationMode Mode);

    public Task SetForSiteAsync(ModerationMode mode, CancellationToken cancellationToken) =>
        SetAsync(null, null, mode, cancellationToken);

    /// <summary>Sets a section's mode; null removes the override. False when there is no such section.</summary>
    public async Task<bool> SetForSectionAsync(int sectionId, ModerationMode? mode, CancellationToken cancellationToken)
    {
        if (!await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken))
        {
            return false;
        }
        await SetAsync(sectionId, null, mode, cancellationToken);
        return true;
    }

    /// <summary>Sets an article's mode; null removes the override. False when there is no such article.</summary>
    public async Task<bool> SetForArticleAsync(int articleId, ModerationMode? mode, CancellationToken cancellationToken)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return false;
        }
        await SetAsync(null, articleId, mode, cancellationToken);
        return true;
    }

    private async Task SetAsync(int? sectionId, int? articleId, ModerationMode? mode, CancellationToken cancellationToken)
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
