using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Inbox.Items;

/// <summary>
/// "Retell": turns an inbox item into a Russian draft with the source attribution filled in, the original's summary
/// quoted in the editor-only notes and the item linked to the draft. The headline is the editor's to write; readers
/// see it prefixed with the outlet (<see cref="Article.DisplayTitle"/>). A second click opens the existing draft.
/// </summary>
public sealed class RetellItem(VestnikDbContext db, ArticleWorkflow workflow)
{
    public sealed record Result(int ArticleId, bool Created)
    {
        /// <summary>A draft needs a section, and a new site may have none yet.</summary>
        public static Result NoSection { get; } = new(0, false);
    }

    public static string EditorUrl(int articleId) => NewsroomUrls.EditArticle(articleId);

    /// <summary>Null when the item does not exist (any more); <see cref="Result.NoSection"/> on a site without sections.</summary>
    public async Task<Result?> HandleAsync(int itemId, ArticleActor actor, CancellationToken ct)
    {
        var item = await db.Set<InboxItem>().SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return null;
        }
        if (item.ArticleId is { } existing)
        {
            return new Result(existing, false);
        }

        var section = await db.Sections.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (section is null)
        {
            return Result.NoSection;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outlet = await db.SourceOutlets.FirstOrDefaultAsync(o => o.Name == item.OutletName, ct)
            ?? db.SourceOutlets.Add(new SourceOutlet
            {
                Name = item.OutletName,
                Language = item.Language.Length > 0 ? item.Language : "en",
                HomepageUrl = Uri.TryCreate(item.Link, UriKind.Absolute, out var link) ? link.GetLeftPart(UriPartial.Authority) : null,
            }).Entity;
        var article = new Article
        {
            Title = "",
            Language = ContentLanguage.Ru,
            SectionId = section.Id,
            EditorNotes = Notes(item),
            Source = new SourceAttribution
            {
                Outlet = outlet,
                OutletName = item.OutletName,
                OriginalHeadline = item.Title,
                OriginalUrl = item.Link,
                OriginalPublishedAt = item.PublishedAt,
                OriginalLanguage = item.Language.Length > 0 ? item.Language : outlet.Language,
            },
        };
        // A placeholder the editor replaces with the real headline's slug before publishing.
        article.SetSlug("retelling-" + Guid.NewGuid().ToString("N")[..12]);
        // The draft, its revision and audit entry join this transaction, so a lost claim below leaves no trace of them.
        await workflow.CreateRetellingAsync(article, actor, ct);

        // Two editors clicking at once: only the first claims the item; the second is sent to the first's draft.
        var claimed = await db.Set<InboxItem>().Where(i => i.Id == itemId && i.ArticleId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ArticleId, article.Id).SetProperty(i => i.State, InboxItemState.Seen), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            var winner = await db.Set<InboxItem>().AsNoTracking().Where(i => i.Id == itemId).Select(i => i.ArticleId).SingleAsync(ct);
            return new Result(winner!.Value, false);
        }
        await transaction.CommitAsync(ct);
        return new Result(article.Id, true);
    }

    /// <summary>The original's summary as a Markdown quote, with where it came from.</summary>
    public static string Notes(InboxItem item)
    {
        var quote = string.Join('\n', (item.Summary.Length > 0 ? item.Summary : item.Title)
            .Split('\n').Select(line => "> " + line.Trim()));
        var date = item.PublishedAt is { } published ? published.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "no date";
        return $"{quote}\n\n— {item.OutletName}, «{item.Title}», {date}\n{item.Link}\n\nInbox item #{item.Id}";
    }
}
