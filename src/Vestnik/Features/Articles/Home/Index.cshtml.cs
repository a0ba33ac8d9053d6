using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Home;

public sealed class IndexModel(HomePageQuery query, PageMeta meta, IOptions<VestnikOptions> options) : PageModel
{
    public HomeView Home { get; private set; } = null!;
    public UiText Text { get; private set; } = UiText.Ru;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var language = ContentLanguageExtensions.FromPath(Request.Path);
        Text = UiText.For(language);
        Home = await query.HandleAsync(language, cancellationToken);
        HttpContext.AddCacheTags(CacheTags.Lists(language.Code()));
        HttpContext.AddCacheTags(ArticleCacheTags.ForCards(
            Home.Latest.Concat(Home.MostRead).Concat(Home.Sections.SelectMany(s => s.Articles)).Concat(Home.Lead is null ? [] : [Home.Lead])));

        meta.Title = "";
        meta.Description = language == ContentLanguage.En
            ? $"{options.Value.SiteName}: news and analysis, own reporting and the foreign press retold."
            : $"{options.Value.SiteName}: новости и аналитика, собственные материалы и пересказы зарубежной прессы.";
        meta.CanonicalPath = ReaderUrls.Home(language);
        meta.Alternates.Add((ContentLanguage.Ru, ReaderUrls.Home(ContentLanguage.Ru)));
        meta.Alternates.Add((ContentLanguage.En, ReaderUrls.Home(ContentLanguage.En)));
        meta.ImageUrl = Home.Lead?.ImageUrl;
    }
}
