using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;

namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>The source pane of the editor: the article's original, compared with the draft as it stands in the form.</summary>
public sealed class RetellingSourceQuery(VestnikDbContext db)
{
    public async Task<RetellingPane> LoadAsync(Article? article, ArticleForm form, CancellationToken cancellationToken)
    {
        var summary = article is null
            ? null
            : await db.Set<InboxItem>().AsNoTracking().Where(i => i.ArticleId == article.Id).Select(i => i.Summary)
                .FirstOrDefaultAsync(cancellationToken);
        return RetellingPane.Of(article?.Source, form.Body ?? "", form.SourceText ?? "", summary);
    }
}
