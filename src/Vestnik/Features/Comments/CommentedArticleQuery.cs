using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments;

/// <summary>What the comment pages need of the article under discussion.</summary>
public sealed record CommentedArticle(int Id, string Slug, ContentLanguage Language, ArticleStatus Status, int CommentCount)
{
    public string Url => ReaderUrls.Article(Language, Slug);
}

/// <summary>Finds the article a comment page is about, by its id or by one of its comments; null when there is none.</summary>
public sealed class CommentedArticleQuery(VestnikDbContext db)
{
    public Task<CommentedArticle?> ByIdAsync(int articleId, CancellationToken cancellationToken) =>
        Project(db.Articles.Where(a => a.Id == articleId)).FirstOrDefaultAsync(cancellationToken);

    public Task<CommentedArticle?> ByCommentAsync(long commentId, CancellationToken cancellationToken) =>
        Project(db.Set<Comment>().Where(c => c.Id == commentId).Join(db.Articles, c => c.ArticleId, a => a.Id, (_, a) => a))
            .FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<CommentedArticle?> Project(IQueryable<Article> articles) =>
        articles.AsNoTracking().Select(a => new CommentedArticle(a.Id, a.Slug, a.Language, a.Status, a.CommentCount));
}
