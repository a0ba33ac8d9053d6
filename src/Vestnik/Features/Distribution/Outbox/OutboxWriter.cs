using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Distribution.Telegram;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>
/// Turns article changes into outbox messages. It tails the change log (written in the same transaction as every
/// article change), decides for each touched article whether it was published, updated or unpublished since the
/// last announcement, and writes one <see cref="Delivery"/> per active webhook (and a Telegram post for a new
/// publication) together with the advanced cursor and the gaps it still waits for, in one transaction: a change
/// that commits late behind a higher id is announced once, by whichever node reads it first.
/// </summary>
public sealed class OutboxWriter(
    VestnikDbContext db,
    TimeProvider clock,
    IOptions<TelegramOptions> telegram,
    IOptions<VestnikOptions> site)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>On first start the log's history is not replayed: announcing years of articles at once helps nobody.</summary>
    public async Task EnsureCursorAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<OutboxCursor>().AnyAsync(c => c.Name == OutboxCursor.OutboxName, cancellationToken))
        {
            return;
        }
        var last = await db.LatestPositionAsync(cancellationToken);
        db.Set<OutboxCursor>().Add(OutboxCursor.StartingAt(last));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node created it first.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Processes one batch of the change log; returns how many messages it wrote.</summary>
    public async Task<int> WriteNextBatchAsync(string publicBaseUrl, CancellationToken cancellationToken)
    {
        var cursor = await db.Set<OutboxCursor>().SingleAsync(c => c.Name == OutboxCursor.OutboxName, cancellationToken);
        var read = cursor.Resume(clock);
        var changes = await read.NextAsync(db, cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var webhooks = await db.Set<Webhook>().AsNoTracking().Where(w => w.IsActive).Select(w => w.Id).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var articleId in changes.Where(c => c.Topic == ChangeTopics.Article).Select(c => c.EntityId).Distinct())
        {
            foreach (var (eventName, payload, telegramPost) in await EventsForAsync(articleId, publicBaseUrl, now, cancellationToken))
            {
                foreach (var webhookId in webhooks)
                {
                    db.Add(new Delivery
                    {
                        Target = DeliveryTarget.Webhook,
                        WebhookId = webhookId,
                        Event = eventName,
                        ArticleId = articleId,
                        Payload = payload,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    });
                    written++;
                }
                if (telegramPost is not null)
                {
                    db.Add(new Delivery
                    {
                        Target = DeliveryTarget.Telegram,
                        Event = eventName,
                        ArticleId = articleId,
                        Payload = telegramPost,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    });
                    written++;
                }
            }
        }
        cursor.Advance(read);
        await db.SaveChangesAsync(cancellationToken);
        return written;
    }

    private async Task<List<(string Event, string Payload, string? TelegramPost)>> EventsForAsync(
        int articleId, string baseUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Section)
            .Include(a => a.Authors).ThenInclude(a => a.Author)
            .Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        var announcement = await db.Set<ArticleAnnouncement>().FirstOrDefaultAsync(a => a.ArticleId == articleId, cancellationToken);
        var published = article?.IsPublished == true;
        var hash = article is null ? "" : ContentHash(article);
        var wasPublished = announcement?.Published ?? (published && article!.UpdatedAt is not null);

        string? eventName = (wasPublished, published) switch
        {
            (false, true) => ArticleEvents.Published,
            (true, false) => ArticleEvents.Unpublished,
            (true, true) when announcement is null || announcement.ContentHash != hash => ArticleEvents.Updated,
            _ => null,
        };
        if (announcement is null)
        {
            db.Add(new ArticleAnnouncement { ArticleId = articleId, Published = published, ContentHash = hash });
        }
        else
        {
            announcement.Published = published;
            announcement.ContentHash = hash;
        }
        if (eventName is null || article is null)
        {
            return [];
        }

        var url = baseUrl + ReaderUrls.Article(article.Language, article.Slug);
        var payload = JsonSerializer.Serialize(new
        {
            Event = eventName,
            OccurredAt = now,
            Site = site.Value.SiteName,
            Article = new
            {
                article.Id,
                Title = article.DisplayTitle,
                article.Dek,
                Url = url,
                Language = article.Language.Code(),
                Section = article.Section.Name(article.Language),
                Authors = article.Authors.OrderBy(a => a.Position).Select(a => a.Author.Name),
                Tags = article.Tags.Select(t => t.Name),
                article.PublishedAt,
                article.UpdatedAt,
            },
        }, Json);
        var telegramPost = eventName == ArticleEvents.Published && telegram.Value.IsConfigured
            ? TelegramPost.Serialize(telegram.Value.ChannelId!, article.DisplayTitle, article.Dek, url)
            : null;
        return [(eventName, payload, telegramPost)];
    }

    /// <summary>What readers see; saves that change none of it (view counts, a re-save) are not announced.</summary>
    private static string ContentHash(Article article)
    {
        var text = string.Join('\u001f', article.DisplayTitle, article.Dek, article.BodyHtml, article.Slug, article.SectionId,
            article.LeadImage?.Url, string.Join(',', article.Tags.Select(t => t.Id).Order()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
