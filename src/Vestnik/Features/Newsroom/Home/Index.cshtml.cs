using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Features.Site;

namespace Vestnik.Features.Newsroom.Home;

/// <summary>Where staff land: what waits for this person at each desk they may use, counted, one click from the work.</summary>
[Authorize(Policy = StaffPolicies.EnterNewsroom)]
public sealed class IndexModel(DeskWorkBoard board, PageMeta meta) : PageModel
{
    public IReadOnlyList<DeskWorkCount> Work { get; private set; } = [];
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        Work = await board.ForAsync(User, NewsroomLanguage.Of(HttpContext), cancellationToken);
        meta.Title = Text.Home;
        meta.NoIndex = true;
    }
}
