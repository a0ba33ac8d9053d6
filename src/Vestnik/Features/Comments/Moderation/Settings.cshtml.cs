using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Spam;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Moderation modes for the site, sections and articles, and the banned-word list.</summary>
[Authorize(Policy = StaffPolicies.ModerateComments)]
public sealed class SettingsModel(ModerationSettingsQuery query, ModerationModes modes, BannedWords bannedWords, PageMeta meta) : PageModel
{
    public ModerationMode SiteMode { get; private set; }
    public IReadOnlyList<ModeRow> Overrides { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];
    public IReadOnlyList<BannedWord> Words { get; private set; } = [];
    public string? Message { get; private set; }
    public ModerationText Say => ModerationText.For(NewsroomLanguage.Of(HttpContext));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = Say.SettingsPageTitle;
        meta.NoIndex = true;
        Message = TempData["moderation.message"] as string;
        var settings = await query.LoadAsync(Say, cancellationToken);
        SiteMode = settings.SiteMode;
        Overrides = settings.Overrides;
        Sections = settings.Sections;
        Words = settings.Words;
    }

    public async Task<IActionResult> OnPostModeAsync(string scope, int? id, ModerationMode? mode, CancellationToken cancellationToken)
    {
        if (mode is { } m && !Enum.IsDefined(m))
        {
            return BadRequest(Say.UnknownMode);
        }
        switch (scope)
        {
            case "site":
                await modes.SetForSiteAsync(mode ?? ModerationMode.Open, cancellationToken);
                break;
            case "section" when id is { } sectionId && await modes.SetForSectionAsync(sectionId, mode, cancellationToken):
            case "article" when id is { } articleId && await modes.SetForArticleAsync(articleId, mode, cancellationToken):
                break;
            default:
                return NotFound(Say.NoSuchScope);
        }
        TempData["moderation.message"] = Say.ModeSaved;
        return Redirect(CommentUrls.Settings);
    }

    public async Task<IActionResult> OnPostAddWordAsync(string? word, BannedWordAction action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(word) || !Enum.IsDefined(action) || !await bannedWords.AddAsync(word, action, cancellationToken))
        {
            return BadRequest(Say.WordInvalid);
        }
        TempData["moderation.message"] = Say.WordAdded;
        return Redirect(CommentUrls.Settings);
    }

    public async Task<IActionResult> OnPostRemoveWordAsync(int id, CancellationToken cancellationToken)
    {
        await bannedWords.RemoveAsync(id, cancellationToken);
        TempData["moderation.message"] = Say.WordRemoved;
        return Redirect(CommentUrls.Settings);
    }
}
