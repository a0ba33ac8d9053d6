using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Readers;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Notifications;

/// <summary>A published reply whose parent's author may want to hear about it; links are made absolute with <see cref="BaseUrl"/>.</summary>
public sealed record ReplyNotice(long ParentId, long ReplyId, string BaseUrl);

/// <summary>
/// Queues reply notices so that posting never waits for a mail server; <see cref="ReplyNotificationSender"/>
/// sends them in the background.
/// </summary>
public sealed class ReplyNotifications
{
    private readonly Channel<ReplyNotice> _queue = Channel.CreateBounded<ReplyNotice>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<ReplyNotice> Reader => _queue.Reader;

    public void Enqueue(ReplyNotice notice) => _queue.Writer.TryWrite(notice);
}

/// <summary>Emails the parent comment's author about a reply, unless they opted out or answered themselves.</summary>
public sealed class ReplyNotificationSender(
    ReplyNotifications notifications,
    IServiceScopeFactory scopes,
    ILogger<ReplyNotificationSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in notifications.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(notice, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed notification must not stop the next ones; the reply itself is already published.
                logger.LogWarning(exception, "Could not send the reply notification for comment {ReplyId}", notice.ReplyId);
            }
        }
    }

    internal async Task SendAsync(ReplyNotice notice, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var parent = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == notice.ParentId)
            .Select(c => new { c.AuthorId, c.Status }).FirstOrDefaultAsync(cancellationToken);
        var reply = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == notice.ReplyId)
            .Select(c => new { c.AuthorId, c.AuthorName, c.Body, c.ArticleId }).FirstOrDefaultAsync(cancellationToken);
        if (parent?.AuthorId is null || reply is null || parent.AuthorId == reply.AuthorId || parent.Status == CommentStatus.Deleted)
        {
            return;
        }
        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == parent.AuthorId && u.EmailConfirmed)
            .Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        var settings = await ReaderSettingsStore.GetOrCreateAsync(db, parent.AuthorId, cancellationToken);
        if (recipient is null || !settings.NotifyOnReply)
        {
            return;
        }
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == reply.ArticleId)
            .Select(a => new { a.Title, a.Language }).FirstAsync(cancellationToken);

        var permalink = $"{notice.BaseUrl}{CommentUrls.Permalink(notice.ReplyId)}";
        var unsubscribe = $"{notice.BaseUrl}{CommentUrls.Unsubscribe(settings.UnsubscribeToken)}";
        var english = article.Language == ContentLanguage.En;
        var subject = english ? $"{reply.AuthorName} replied to your comment" : $"{reply.AuthorName} ответил(а) на ваш комментарий";
        var body = english
            ? $"{reply.AuthorName} replied to your comment on “{article.Title}”:\n\n{reply.Body}\n\nRead and answer: {permalink}\n\nStop these emails: {unsubscribe}\n"
            : $"{reply.AuthorName} ответил(а) на ваш комментарий к статье «{article.Title}»:\n\n{reply.Body}\n\nПрочитать и ответить: {permalink}\n\nБольше не присылать такие письма: {unsubscribe}\n";
        await sender.SendAsync(new EmailMessage(recipient, subject, body), cancellationToken);
    }
}
