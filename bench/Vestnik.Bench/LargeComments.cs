using Microsoft.Data.Sqlite;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Posting;

namespace Vestnik.Bench;

/// <summary>What the comment part wrote, and how long the rows and the rebuilt indexes took.</summary>
public sealed record GeneratedComments(int Comments, int Likes, int Readers, TimeSpan RowTime, TimeSpan IndexTime);

/// <summary>
/// Published readers' comments spread over the articles as on a real site: most articles get a handful, some none, a
/// few thousands; about half are replies, nested as the app nests them (up to <see cref="Comment.MaxDepth"/>, deeper
/// replies flattened and naming whom they answer); likes are rows of their own and each comment's count matches them;
/// every article's comment count equals its comments. Ids are given explicitly and keep the table's sequence, so
/// comments posted later by the app follow on.
/// </summary>
public static class LargeComments
{
    public const int DefaultPerArticle = 10;

    // Share of articles nobody comments on; the spread of the others (log-normal: a long tail of busy articles).
    private const double Uncommented = 0.15;
    private const double Spread = 1.7;
    private const double ReplyShare = 0.45;

    public static async Task<GeneratedComments> InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string dataPath, IReadOnlyList<GeneratedArticle> articles,
        int commentCount, DateTimeOffset now, Random random)
    {
        if (commentCount == 0 || articles.Count == 0)
        {
            return new GeneratedComments(0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);
        }
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        // Several hundred readers for a million comments, more on a larger site.
        var readers = await ReaderAccounts.InsertAsync(connection, transaction, dataPath, Math.Clamp(commentCount / 2_000, 300, 5_000), random);
        var text = new CommentText(new CommentFormatter(), random);
        var perArticle = Distribute(commentCount, articles.Count, random);

        // Filling a table is quicker without its indexes; they are rebuilt afterwards from their own definitions.
        var indexes = await IndexDefinitionsAsync(connection, transaction);
        foreach (var (name, _) in indexes)
        {
            await LargeDatabase.ExecuteAsync(connection, $"DROP INDEX \"{name}\"", transaction);
        }

        await using var insert = LargeDatabase.Command(connection, transaction,
            "INSERT INTO Comment (Id, ArticleId, ParentId, RootId, DisplayParentId, Depth, ReplyToName, AuthorId, AuthorName, Body, " +
            "BodyHtml, ContentHash, Status, IsShadowed, ReviewNotes, SpamScore, IpHash, CreatedAt, LikeCount, ReportCount) " +
            "VALUES ($id, $article, $parent, $root, $displayParent, $depth, $replyTo, $author, $name, $body, $html, $hash, 0, 0, '', " +
            "$spam, $ip, $at, $likes, 0)",
            "$id", "$article", "$parent", "$root", "$displayParent", "$depth", "$replyTo", "$author", "$name", "$body", "$html",
            "$hash", "$spam", "$ip", "$at", "$likes");
        await using var like = LargeDatabase.Command(connection, transaction,
            "INSERT INTO CommentLike (CommentId, UserId, CreatedAt) VALUES ($comment, $user, $at)", "$comment", "$user", "$at");
        await using var count = LargeDatabase.Command(connection, transaction,
            "UPDATE Articles SET CommentCount = $count WHERE Id = $id", "$count", "$id");

        long nextId = 1;
        var likes = 0;
        var written = 0;
        var thread = new List<Posted>();
        var likers = new HashSet<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            var n = perArticle[a];
            if (n == 0)
            {
                continue;
            }
            var article = articles[a];
            var times = Times(n, article.PublishedAt, now, random);
            thread.Clear();
            for (var i = 0; i < n; i++)
            {
                var reader = readers[Skewed(readers.Count, random)];
                Posted? parent = thread.Count > 0 && random.NextDouble() < ReplyShare
                    // Readers mostly answer what is just above them, sometimes an older comment.
                    ? thread[random.NextDouble() < 0.5 ? thread.Count - 1 - random.Next(Math.Min(10, thread.Count)) : random.Next(thread.Count)]
                    : null;
                // As the app does: a reply below the deepest shown level hangs beside its parent and names whom it answers.
                var flattened = parent is not null && parent.Depth >= Comment.MaxDepth;
                var posted = new Posted(
                    nextId++,
                    parent is null ? 0 : Math.Min(parent.Depth + 1, Comment.MaxDepth),
                    parent is null ? null : parent.RootId ?? parent.Id,
                    flattened ? parent!.DisplayParentId : parent?.Id,
                    reader.DisplayName);
                thread.Add(posted);

                var (body, html) = text.Next();
                var likeCount = LikeCount(readers.Count, random);
                insert.Parameters["$id"].Value = posted.Id;
                insert.Parameters["$article"].Value = article.Id;
                insert.Parameters["$parent"].Value = (object?)parent?.Id ?? DBNull.Value;
                insert.Parameters["$root"].Value = (object?)posted.RootId ?? DBNull.Value;
                insert.Parameters["$displayParent"].Value = (object?)posted.DisplayParentId ?? DBNull.Value;
                insert.Parameters["$depth"].Value = posted.Depth;
                insert.Parameters["$replyTo"].Value = flattened ? parent!.AuthorName : DBNull.Value;
                insert.Parameters["$author"].Value = reader.Id;
                insert.Parameters["$name"].Value = reader.DisplayName;
                insert.Parameters["$body"].Value = body;
                insert.Parameters["$html"].Value = html;
                insert.Parameters["$hash"].Value = CommentFormatter.ContentHash(body);
                // What the classifier gives a comment it lets through.
                insert.Parameters["$spam"].Value = Math.Round(random.NextDouble() * random.NextDouble() * 0.6, 6);
                insert.Parameters["$ip"].Value = reader.IpHashes[random.Next(reader.IpHashes.Length)];
                insert.Parameters["$at"].Value = LargeDatabase.ToStored(times[i]);
                insert.Parameters["$likes"].Value = likeCount;
                await insert.ExecuteNonQueryAsync();

                likers.Clear();
                while (likers.Count < likeCount)
                {
                    likers.Add(random.Next(readers.Count));
                }
                foreach (var liker in likers)
                {
                    like.Parameters["$comment"].Value = posted.Id;
                    like.Parameters["$user"].Value = readers[liker].Id;
                    like.Parameters["$at"].Value = LargeDatabase.ToStored(times[i] + (now - times[i]) * random.NextDouble());
                    await like.ExecuteNonQueryAsync();
                }
                likes += likeCount;
            }
            count.Parameters["$count"].Value = n;
            count.Parameters["$id"].Value = article.Id;
            await count.ExecuteNonQueryAsync();
            written += n;
            if (written / 500_000 != (written - n) / 500_000)
            {
                Console.WriteLine($"  {written:N0} comments");
            }
        }
        var rowTime = stopwatch.Elapsed;
        foreach (var (_, sql) in indexes)
        {
            await LargeDatabase.ExecuteAsync(connection, sql, transaction);
        }
        return new GeneratedComments(written, likes, readers.Count, rowTime, stopwatch.Elapsed - rowTime);
    }

    /// <summary>Comments per article, adding up to exactly <paramref name="total"/>.</summary>
    private static int[] Distribute(int total, int articles, Random random)
    {
        var weights = new double[articles];
        var sum = 0.0;
        for (var i = 0; i < articles; i++)
        {
            weights[i] = random.NextDouble() < Uncommented ? 0 : Math.Exp(Spread * Normal(random));
            sum += weights[i];
        }
        if (sum == 0)
        {
            weights[0] = sum = 1;
        }
        var counts = new int[articles];
        long assigned = 0;
        for (var i = 0; i < articles; i++)
        {
            // Rounded up or down at random in proportion, so small shares still add up.
            var share = total * weights[i] / sum;
            counts[i] = (int)share + (random.NextDouble() < share - Math.Floor(share) ? 1 : 0);
            assigned += counts[i];
        }
        while (assigned != total)
        {
            var i = random.Next(articles);
            if (weights[i] > 0 && (assigned < total || counts[i] > 0))
            {
                counts[i] += assigned < total ? 1 : -1;
                assigned += assigned < total ? 1 : -1;
            }
        }
        return counts;
    }

    /// <summary>When the comments were posted: most within hours of publication, a tail over the following days.</summary>
    private static DateTimeOffset[] Times(int count, DateTimeOffset published, DateTimeOffset now, Random random)
    {
        var open = now - published;
        var times = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            var hours = -Math.Log(1 - random.NextDouble()) * 8;
            var offset = TimeSpan.FromHours(hours);
            times[i] = published + (offset < open ? offset : open * random.NextDouble());
        }
        Array.Sort(times);
        return times;
    }

    /// <summary>Most comments come from a few busy readers.</summary>
    private static int Skewed(int count, Random random) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private static int LikeCount(int readers, Random random) =>
        random.NextDouble() < 0.75 ? 0 : Math.Min(readers, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 2.5));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static async Task<List<(string Name, string Sql)>> IndexDefinitionsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Comment', 'CommentLike') AND sql IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        return indexes;
    }

    private sealed record Posted(long Id, int Depth, long? RootId, long? DisplayParentId, string AuthorName);
}
