using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Features.Distribution.SocialCards;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Reading;

[CacheVaryByQuery(CommentsViewComponent.PageParameter, CommentsViewComponent.SortParameter)]
public sealed class ArticleModel(
    ArticlePageQuery query,
    PageMeta meta,
    PublicUrl publicUrl,
    ShareLinks shareLinks,
    SocialCardImages socialCards,
    IOptions<VestnikOptions> options) : PageModel
{
    public ArticleView Article { get; private set; } = null!;
    public UiText Text { get; private set; } = UiText.Ru;
    public IReadOnlyList<ShareLink> ShareLinks { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var language = ContentLanguageExtensions.FromPath(Request.Path);
        switch (await query.HandleAsync(slug, language, cancellationToken))
        {
            case ArticleLookup.Found found:
                Show(found.Article);
                HttpContext.AddCacheTags(CacheTags.Article(found.Article.Id));
                HttpContext.AddCacheTags(ArticleCacheTags.ForCards(found.Article.ReadAlso));
                if (found.Article.Translation is not null)
                {
                    HttpContext.AddCacheTags(CacheTags.Shows(found.Article.Translation.Id));
                }
                return Page();
            case ArticleLookup.MovedTo moved:
                return RedirectPermanent(moved.Url);
            case ArticleLookup.Gone:
                return StatusCode(StatusCodes.Status410Gone);
            default:
                return NotFound();
        }
    }

    private void Show(ArticleView article)
    {
        Article = article;
        Text = UiText.For(article.Language);
        CanonicalUrl = publicUrl.Absolute(Request, article.Url);
        ShareLinks = shareLinks.For(Request, article.Id, article.Url, article.DisplayTitle);

        meta.Title = article.MetaTitle ?? article.DisplayTitle;
        meta.Description = article.MetaDescription ?? article.Dek;
        meta.CanonicalPath = article.Url;
        meta.OpenGraphType = "article";
        meta.ImageUrl = article.SocialImageUrl ?? socialCards.ImageUrlFor(article.Id, article.DisplayTitle,
            article.Labels.Count > 0 ? article.Labels[0].Name : null, article.SectionName, article.Language, article.Image?.Url);
        meta.PublishedAt = article.PublishedAt;
        meta.ModifiedAt = article.UpdatedAt;
        meta.Alternates.Add((article.Language, article.Url));
        if (article.Translation is { } translation)
        {
            meta.Alternates.Add((translation.Language, translation.Url));
        }
        meta.JsonLd = ArticleStructuredData.For(article, options.Value.SiteName, path => publicUrl.Absolute(Request, path));
    }
}
