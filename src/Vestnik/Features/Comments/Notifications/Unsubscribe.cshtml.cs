using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Readers;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Notifications;

/// <summary>
/// The unsubscribe link of reply emails. It works without signing in; the GET only shows a button, so a mail
/// scanner that opens links does not unsubscribe anyone.
/// </summary>
public sealed class UnsubscribeModel(VestnikDbContext db, PageMeta meta) : PageModel
{
    public ReadersText Text { get; private set; } = ReadersText.Ru;
    public bool Done { get; private set; }
    public bool Valid { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Prepare();
        Valid = await FindAsync(token, cancellationToken) is not null;
        return Valid ? Page() : NotFoundPage();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Prepare();
        var settings = await FindAsync(token, cancellationToken);
        if (settings is null)
        {
            return NotFoundPage();
        }
        settings.NotifyOnReply = false;
        await db.SaveChangesAsync(cancellationToken);
        Valid = Done = true;
        return Page();
    }

    private Task<ReaderSettings?> FindAsync(string token, CancellationToken cancellationToken) =>
        token.Length > 64 ? Task.FromResult<ReaderSettings?>(null) : db.Set<ReaderSettings>().FirstOrDefaultAsync(s => s.UnsubscribeToken == token, cancellationToken);

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private void Prepare()
    {
        Text = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.NotifyOnReply;
        meta.NoIndex = true;
    }
}
