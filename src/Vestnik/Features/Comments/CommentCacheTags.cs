using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Infrastructure.Caching;

namespace Vestnik.Features.Comments;

/// <summary>A comment change affects its article's page (the thread) and every page showing the article's comment count.</summary>
public sealed class CommentCacheTags : ICacheTagSource
{
    public string Topic => ChangeTopics.ArticleComments;

    public Task<IReadOnlyCollection<string>> TagsForAsync(VestnikDbContext db, ChangeLogEntry change, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([CacheTags.Article(change.EntityId), CacheTags.Shows(change.EntityId)]);
}
