using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>The desk's article list, newest first, filtered by what the desk is looking for.</summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class IndexModel(ArticleListQuery query, EditorOptionsQuery optionsQuery, NewsroomTime time, PageMeta meta) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ArticleFilter Filter { get; set; } = new();

    public ArticleList List { get; private set; } = null!;
    public EditorOptions Options { get; private set; } = null!;
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public NewsroomTime Time => time;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var language = NewsroomLanguage.Of(HttpContext);
        List = await query.RunAsync(Filter, language, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        Options = await optionsQuery.LoadAsync(language, null, cancellationToken);
        meta.Title = Text.Articles;
        meta.NoIndex = true;
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(q => q.Key != "Filter.Page" && q.Key != "page")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"Filter.Page={page}");
        return NewsroomUrls.Articles + "?" + string.Join("&", query);
    }
}
