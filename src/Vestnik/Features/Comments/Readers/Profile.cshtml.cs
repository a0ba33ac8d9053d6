using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

/// <summary>A reader's public page: their name and latest published comments; on their own page, their settings.</summary>
public sealed class ProfileModel(ReaderProfileQuery profiles, ReaderSettingsStore settings, PageMeta meta) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<ProfileComment> Comments { get; private set; } = [];
    public bool IsOwn { get; private set; }
    public bool NotifyOnReply { get; private set; }
    public string? Message { get; private set; }
    public ReadersText Text { get; private set; } = ReadersText.Ru;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var language = ContentLanguageExtensions.FromPath(Request.Path);
        Text = ReadersText.For(language);
        var profile = await profiles.LoadAsync(id, language, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }
        DisplayName = profile.DisplayName;
        Comments = profile.Comments;
        IsOwn = User.FindFirstValue(ClaimTypes.NameIdentifier) == id;
        if (IsOwn)
        {
            NotifyOnReply = (await settings.GetOrCreateAsync(id, cancellationToken)).NotifyOnReply;
        }
        Message = TempData["readers.message"] as string;
        meta.Title = DisplayName;
        meta.NoIndex = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, bool notifyOnReply, CancellationToken cancellationToken)
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) != id)
        {
            return Forbid();
        }
        await settings.SetNotifyOnReplyAsync(id, notifyOnReply, cancellationToken);
        TempData["readers.message"] = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path)).Saved;
        return Redirect(CommentUrls.Reader(id));
    }
}
