using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Newsroom;

/// <summary>Editors see which articles readers share, and where.</summary>
[Authorize(Policy = StaffPolicies.ViewShares)]
public sealed class SharesModel(ShareCountsQuery query, PageMeta meta) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<ArticleShares> Articles { get; private set; } = [];
    public DistributionText Text => DistributionText.For(NewsroomLanguage.Of(HttpContext));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = Text.SharesTitle;
        meta.NoIndex = true;
        Articles = await query.MostSharedAsync(Shown, cancellationToken);
    }
}
