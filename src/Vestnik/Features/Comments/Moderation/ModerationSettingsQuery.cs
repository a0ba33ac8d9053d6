using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Moderation;

public sealed record ModeRow(int Id, string Scope, ModerationMode Mode, int? SectionId, int? ArticleId);

public sealed record ModerationSettings(
    ModerationMode SiteMode, IReadOnlyList<ModeRow> Overrides, IReadOnlyList<(int Id, string Name)> Sections, IReadOnlyList<BannedWord> Words);

/// <summary>The site's moderation mode, the sections and articles that override it, the sections to pick from and the banned words.</summary>
public sealed class ModerationSettingsQuery(VestnikDbContext db)
{
    public async Task<ModerationSettings> LoadAsync(ModerationText text, CancellationToken cancellationToken)
    {
        var settings = await db.Set<CommentModeSetting>().AsNoTracking().ToListAsync(cancellationToken);
        var siteMode = settings.FirstOrDefault(s => s.SectionId == null && s.ArticleId == null)?.Mode ?? ModerationMode.Open;
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, Name = text.UiLanguage == ContentLanguage.En ? s.NameEn : s.NameRu }).ToListAsync(cancellationToken);
        var articleIds = settings.Where(s => s.ArticleId != null).Select(s => s.ArticleId!.Value).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var overrides = settings.Where(s => s.SectionId != null || s.ArticleId != null)
            .Select(s => new ModeRow(s.Id,
                s.ArticleId is { } a ? text.ArticleScope(a, titles.GetValueOrDefault(a)) : text.SectionScope(sections.FirstOrDefault(x => x.Id == s.SectionId)?.Name),
                s.Mode, s.SectionId, s.ArticleId))
            .ToList();
        var words = await db.Set<BannedWord>().AsNoTracking().OrderBy(w => w.Word).ToListAsync(cancellationToken);
        return new ModerationSettings(siteMode, overrides, sections.ConvertAll(s => (s.Id, s.Name)), words);
    }
}
