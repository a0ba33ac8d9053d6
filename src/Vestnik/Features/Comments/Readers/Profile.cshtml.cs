using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Readers;

public sealed record ProfileComment(long Id, string ArticleTitle, string ArticleUrl, string BodyHtml, string CreatedText);

/// <summary>A reader's public page: their name and latest published comments; on their own page, their settings.</summary>
public sealed class ProfileModel(VestnikDbContext db, PageMeta meta, NewsroomTime time) : PageModel
{
    public const int CommentsShown = 50;

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
        var name = id.Length > 100 ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }
        DisplayName = name;
        IsOwn = User.FindFirstValue(ClaimTypes.NameIdentifier) == id;
        if (IsOwn)
        {
            NotifyOnReply = (await ReaderSettingsStore.GetOrCreateAsync(db, id, cancellationToken)).NotifyOnReply;
        }
        var rows = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == id && c.Status == CommentStatus.Published && !c.IsShadowed)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.BodyHtml, c.CreatedAt, a.Title, a.Slug, a.Language, a.Status })
            .Where(r => r.Status == Articles.Model.ArticleStatus.Published)
            .OrderByDescending(r => r.CreatedAt)
            .Take(CommentsShown)
            .ToListAsync(cancellationToken);
        Comments = rows.ConvertAll(r => new ProfileComment(r.Id, r.Title, ReaderUrls.Article(r.Language, r.Slug), r.BodyHtml, time.FormatDateTime(r.CreatedAt, language)));
        Message = TempData["readers.message"] as string;
        meta.Title = name;
        meta.NoIndex = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, bool notifyOnReply, CancellationToken cancellationToken)
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) != id)
        {
            return Forbid();
        }
        var settings = await ReaderSettingsStore.GetOrCreateAsync(db, id, cancellationToken);
        settings.NotifyOnReply = notifyOnReply;
        await db.SaveChangesAsync(cancellationToken);
        TempData["readers.message"] = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path)).Saved;
        return Redirect(CommentUrls.Reader(id));
    }
}
