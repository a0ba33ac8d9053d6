using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Readers;

/// <summary>One of the reader's own comments on their account page; <see cref="StatusNote"/> is null when everyone sees it.</summary>
public sealed record OwnComment(long Id, string ArticleTitle, string ArticleUrl, string Excerpt, string CreatedText, string? StatusNote);

public sealed record ReaderAccount(string Id, string DisplayName, string Email, bool NotifyOnReply, IReadOnlyList<OwnComment> Comments);

/// <summary>What the account page shows its owner: name, address, settings and their comments, held ones included.</summary>
public sealed class ReaderAccountQuery(VestnikDbContext db, ReaderSettingsStore settings, NewsroomTime time)
{
    public const int CommentsShown = 200;
    public const int ExcerptLength = 160;

    public async Task<ReaderAccount?> LoadAsync(string userId, ContentLanguage language, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }
        var text = ReadersText.For(language);
        var rows = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == userId && c.Status != CommentStatus.Deleted)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.Body, c.CreatedAt, c.Status, a.Title, a.Slug, a.Language })
            .OrderByDescending(r => r.CreatedAt)
            .Take(CommentsShown)
            .ToListAsync(cancellationToken);
        var notify = (await settings.GetOrCreateAsync(userId, cancellationToken)).NotifyOnReply;
        return new ReaderAccount(userId, user.DisplayName, user.Email ?? "", notify, rows.ConvertAll(r => new OwnComment(
            r.Id, r.Title, ReaderUrls.Article(r.Language, r.Slug), Excerpt(r.Body), time.FormatDateTime(r.CreatedAt, language),
            // A shadowed comment looks published to its author here as on the article page.
            r.Status switch
            {
                CommentStatus.Pending => text.AwaitingModeration,
                CommentStatus.Rejected or CommentStatus.Spam => text.RejectedByModerator,
                _ => null,
            })));
    }

    private static string Excerpt(string body)
    {
        if (body.Length <= ExcerptLength)
        {
            return body;
        }
        // Never cut an emoji in half.
        var cut = char.IsHighSurrogate(body[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength;
        return string.Concat(body.AsSpan(0, cut).TrimEnd(), "…");
    }
}
