using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Readers;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Comments.Notifications;

/// <summary>A published reply whose parent's author may want to hear about it; links are made absolute with <see cref="BaseUrl"/>.</summary>
public sealed record ReplyNotice(long ParentId, long ReplyId, string BaseUrl);

/// <summary>
/// Queues reply notices so that posting never waits for a mail server, and emails each parent comment's author
/// about the reply in the background, unless they opted out or answered themselves. The queue is this node's, so the
/// node that took the reply sends the email.
/// </summary>
public sealed class ReplyNotifications : PeriodicJob
{
    private readonly Channel<ReplyNotice> _queue = Channel.CreateBounded<ReplyNotice>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public override string Name => JobNames.ReplyNotifications;

    public override NodeRoles Roles => NodeRoles.Web;

    /// <summary>Sends when woken by a new notice only.</summary>
    public override TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public void Enqueue(ReplyNotice notice)
    {
        _queue.Writer.TryWrite(notice);
        Wake();
    }

    /// <summary>
    /// Sends every queued notice. A failure ends the round; the reply itself is already published, and the notices
    /// behind it are sent on the retry.
    /// </summary>
    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        while (_queue.Reader.TryRead(out var notice))
        {
            await SendAsync(services, notice, cancellationToken);
        }
    }

    private static async Task SendAsync(IServiceProvider services, ReplyNotice notice, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        var sender = services.GetRequiredService<IEmailSender>();
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
        var settings = await services.GetRequiredService<ReaderSettingsStore>().GetOrCreateAsync(parent.AuthorId, cancellationToken);
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
