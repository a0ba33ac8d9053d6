using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Posting;
using Vestnik.Features.Import.Conversion;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// A post's comments as guests' comments on its article: threads kept by their parents (shown at most
/// <see cref="Comment.MaxDepth"/> deep, as posted ones are), the moderation state WordPress had, the text rendered by
/// the same <see cref="CommentFormatter"/> as a reader's. Pingbacks and trackbacks are not comments here.
/// </summary>
public sealed class WordPressComments(VestnikDbContext db, CommentFormatter formatter, ImportedRecords records)
{
    private const string Source = ImportSources.WordPress;

    public async Task ImportAsync(WxrItem post, int articleId, bool articleIsNew, ImportReport report, CancellationToken cancellationToken)
    {
        var wanted = post.Comments.Where(c => c.Type is "" or "comment" && c.Id.Length > 0).ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var known = articleIsNew
            ? new Dictionary<string, ImportedRecord>(StringComparer.Ordinal)
            : await records.FindManyAsync(Source, ImportedKinds.Comment, wanted.Select(c => c.Id).ToList(), cancellationToken);
        var existing = known.Count == 0
            ? new Dictionary<long, Comment>()
            : await db.Set<Comment>().Where(c => c.ArticleId == articleId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var placed = new Dictionary<string, Comment>(StringComparer.Ordinal);
        foreach (var (id, record) in known)
        {
            if (existing.TryGetValue(record.TargetId, out var comment))
            {
                placed[id] = comment;
            }
        }
        var ids = wanted.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        // Parents before their replies, whatever order the file lists them in: one round per level of the threads.
        var pending = wanted.OrderBy(c => long.TryParse(c.Id, out var n) ? n : long.MaxValue).ToList();
        while (pending.Count > 0)
        {
            var next = new List<WxrComment>();
            foreach (var source in pending)
            {
                var parentId = source.ParentId is "" or "0" ? null : source.ParentId;
                if (parentId is not null && !ids.Contains(parentId))
                {
                    report.Warn($"comment {source.Id} on post {post.Id}", $"its parent {parentId} is not in the export: shown as a new thread");
                    parentId = null;
                }
                // A reply waits for the round after its parent's, when the parent has its id.
                if (parentId is not null && (!placed.TryGetValue(parentId, out var saved) || saved.Id == 0))
                {
                    next.Add(source);
                    continue;
                }
                var parent = parentId is null ? null : placed[parentId];
                placed[source.Id] = Place(source, parent, articleId, known.GetValueOrDefault(source.Id), existing, report);
            }
            if (next.Count == pending.Count)
            {
                // Comments that answer each other in a circle: each starts a thread of its own.
                foreach (var source in next)
                {
                    report.Warn($"comment {source.Id} on post {post.Id}", "its parents form a loop: shown as a new thread");
                    placed[source.Id] = Place(source with { ParentId = "0" }, null, articleId, known.GetValueOrDefault(source.Id), existing, report);
                }
                next.Clear();
            }
            pending = next;
            // Saved per round, so the next round's replies know their parents' ids.
            await db.SaveChangesAsync(cancellationToken);
            foreach (var source in wanted.Where(c => placed.ContainsKey(c.Id) && !known.ContainsKey(c.Id)))
            {
                known[source.Id] = records.Add(Source, ImportedKinds.Comment, source.Id, placed[source.Id].Id, Hash(source));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentCount,
            a => db.Set<Comment>().Count(c => c.ArticleId == articleId && c.Status == CommentStatus.Published && !c.IsShadowed)), cancellationToken);
    }

    private Comment Place(WxrComment source, Comment? parent, int articleId, ImportedRecord? record, Dictionary<long, Comment> existing, ImportReport report)
    {
        var hash = Hash(source);
        if (record is not null && existing.TryGetValue(record.TargetId, out var current))
        {
            if (record.ContentHash != hash)
            {
                var (changedText, _) = Text(source);
                current.SetBody(changedText, formatter.ToHtml(changedText), CommentFormatter.ContentHash(changedText));
                Judge(current, source);
                record.ContentHash = hash;
                report.CommentsUpdated++;
            }
            return current;
        }
        var flattened = parent is not null && parent.Depth >= Comment.MaxDepth;
        var (text, cut) = Text(source);
        if (cut)
        {
            report.Warn($"comment {source.Id}", $"longer than {Comment.MaxLength} characters: cut");
        }
        var author = PlainText.Decode(source.Author);
        var comment = new Comment
        {
            ArticleId = articleId,
            ParentId = parent?.Id,
            RootId = parent is null ? null : parent.RootId ?? parent.Id,
            DisplayParentId = flattened ? parent!.DisplayParentId : parent?.Id,
            Depth = parent is null ? 0 : Math.Min(parent.Depth + 1, Comment.MaxDepth),
            ReplyToName = flattened ? parent!.AuthorName : null,
            AuthorName = author.Length > 256 ? author[..256] : author,
            CreatedAt = source.Date ?? DateTimeOffset.UnixEpoch,
        };
        comment.SetBody(text, formatter.ToHtml(text), CommentFormatter.ContentHash(text));
        Judge(comment, source);
        db.Add(comment);
        report.CommentsImported++;
        return comment;
    }

    /// <summary>WordPress's approval as our moderation state: "1" published, "0" waiting, spam, and trash as rejected.</summary>
    private static void Judge(Comment comment, WxrComment source)
    {
        var at = source.Date ?? DateTimeOffset.UnixEpoch;
        switch (source.Approved)
        {
            case "1" or "approve":
                comment.Moderate(CommentStatus.Published, "import", at);
                break;
            case "spam":
                comment.MarkSpam(null);
                break;
            case "trash":
                comment.Moderate(CommentStatus.Rejected, "import", at);
                break;
            default:
                comment.Hold(null);
                break;
        }
    }

    private static (string Text, bool Cut) Text(WxrComment source)
    {
        var text = CommentFormatter.Normalize(PlainText.Paragraphs(source.Content));
        return text.Length > Comment.MaxLength ? (text[..Comment.MaxLength], true) : (text, false);
    }

    private static string Hash(WxrComment source) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', source.Content, source.Author, source.Approved, source.ParentId))));
}
