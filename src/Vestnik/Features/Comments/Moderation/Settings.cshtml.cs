using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Spam;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Moderation;

public sealed record ModeRow(int Id, string Scope, ModerationMode Mode, int? SectionId, int? ArticleId);

/// <summary>Moderation modes for the site, sections and articles, and the banned-word list.</summary>
[Authorize(Policy = StaffPolicies.ModerateComments)]
public sealed class SettingsModel(VestnikDbContext db, ModerationModes modes, BannedWords bannedWords, PageMeta meta) : PageModel
{
    public ModerationMode SiteMode { get; private set; }
    public IReadOnlyList<ModeRow> Overrides { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];
    public IReadOnlyList<BannedWord> Words { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = "Комментарии: режимы и запрещённые слова";
        meta.NoIndex = true;
        Message = TempData["moderation.message"] as string;
        var settings = await db.Set<CommentModeSetting>().AsNoTracking().ToListAsync(cancellationToken);
        SiteMode = settings.FirstOrDefault(s => s.SectionId == null && s.ArticleId == null)?.Mode ?? ModerationMode.Open;
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.NameRu }).ToListAsync(cancellationToken);
        Sections = sections.ConvertAll(s => (s.Id, s.NameRu));
        var articleIds = settings.Where(s => s.ArticleId != null).Select(s => s.ArticleId!.Value).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        Overrides = settings.Where(s => s.SectionId != null || s.ArticleId != null)
            .Select(s => new ModeRow(s.Id,
                s.ArticleId is { } a ? $"Статья №{a}: {titles.GetValueOrDefault(a)}" : $"Рубрика: {sections.FirstOrDefault(x => x.Id == s.SectionId)?.NameRu}",
                s.Mode, s.SectionId, s.ArticleId))
            .ToList();
        Words = await db.Set<BannedWord>().AsNoTracking().OrderBy(w => w.Word).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostModeAsync(string scope, int? id, ModerationMode? mode, CancellationToken cancellationToken)
    {
        if (mode is { } m && !Enum.IsDefined(m))
        {
            return BadRequest("Неизвестный режим.");
        }
        switch (scope)
        {
            case "site":
                await modes.SetAsync(null, null, mode ?? ModerationMode.Open, cancellationToken);
                break;
            case "section" when id is { } sectionId && await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken):
                await modes.SetAsync(sectionId, null, mode, cancellationToken);
                break;
            case "article" when id is { } articleId && await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken):
                await modes.SetAsync(null, articleId, mode, cancellationToken);
                break;
            default:
                return NotFound("Такой рубрики или статьи нет.");
        }
        TempData["moderation.message"] = "Режим сохранён.";
        return Redirect(CommentUrls.Settings);
    }

    public async Task<IActionResult> OnPostAddWordAsync(string? word, BannedWordAction action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(word) || !Enum.IsDefined(action) || !await bannedWords.AddAsync(word, action, cancellationToken))
        {
            return BadRequest("Укажите одно слово (до 100 символов).");
        }
        TempData["moderation.message"] = "Слово добавлено.";
        return Redirect(CommentUrls.Settings);
    }

    public async Task<IActionResult> OnPostRemoveWordAsync(int id, CancellationToken cancellationToken)
    {
        await bannedWords.RemoveAsync(id, cancellationToken);
        TempData["moderation.message"] = "Слово удалено.";
        return Redirect(CommentUrls.Settings);
    }

    public static string ModeName(ModerationMode mode) => mode switch
    {
        ModerationMode.Premoderated => "премодерация",
        ModerationMode.Closed => "закрыто (только чтение)",
        ModerationMode.Hidden => "скрыто",
        _ => "открыто (постмодерация)",
    };
}
