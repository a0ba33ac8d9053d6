using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Export;

/// <summary>Every comment in every moderation state, with its place in the thread, read as one stream by id.</summary>
internal static class ExportedComments
{
    public static async Task WriteAsync(Utf8JsonWriter json, VestnikDbContext db, ExportProgress progress, CancellationToken cancellationToken)
    {
        json.WriteStartArray("comments");
        await foreach (var comment in db.Set<Comment>().AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", comment.Id);
            json.WriteNumber("articleId", comment.ArticleId);
            json.WriteNullableNumber("parentId", comment.ParentId);
            json.WriteNullableNumber("rootId", comment.RootId);
            json.WriteNullableNumber("displayParentId", comment.DisplayParentId);
            json.WriteNumber("depth", comment.Depth);
            json.WriteNullableString("replyToName", comment.ReplyToName);
            json.WriteNullableString("authorId", comment.AuthorId);
            json.WriteString("authorName", comment.AuthorName);
            json.WriteString("status", comment.Status.ToString());
            json.WriteBoolean("isShadowed", comment.IsShadowed);
            json.WriteString("body", comment.Body);
            json.WriteString("bodyHtml", comment.BodyHtml);
            json.WriteString("contentHash", comment.ContentHash);
            json.WriteString("reviewNotes", comment.ReviewNotes);
            json.WriteNumber("spamScore", comment.SpamScore);
            json.WriteString("ipHash", comment.IpHash);
            json.WriteString("createdAt", comment.CreatedAt);
            json.WriteNullableDate("editedAt", comment.EditedAt);
            json.WriteNullableDate("moderatedAt", comment.ModeratedAt);
            json.WriteNullableString("moderatedBy", comment.ModeratedBy);
            json.WriteNumber("likeCount", comment.LikeCount);
            json.WriteNumber("reportCount", comment.ReportCount);
            json.WriteEndObject();
            progress.Advance();
            await json.FlushWhenFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}
