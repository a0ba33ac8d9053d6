using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Articles;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Bench;

/// <summary>What the generator wrote, and how long each part took.</summary>
public sealed record GeneratedDatabase(
    int Articles, int Comments, int Likes, int Readers, TimeSpan ArticleTime, TimeSpan CommentTime, TimeSpan IndexTime);

/// <summary>An article as the comment generator needs it: comments come after it is published.</summary>
public readonly record struct GeneratedArticle(long Id, DateTimeOffset PublishedAt);

/// <summary>
/// Builds a SQLite database of the real schema with many published articles and their readers' comments, for load
/// runs. Rows are written with plain prepared statements in one transaction: EF change tracking would take longer
/// than the benchmark itself.
/// </summary>
public static class LargeDatabase
{
    private static readonly string[] Words =
    [
        "правительство", "бюджет", "регион", "экономика", "министр", "закон", "рынок", "компания", "проект", "город",
        "решение", "заявил", "году", "неделе", "рост", "цены", "спрос", "экспорт", "доклад", "эксперты", "власти",
        "совет", "встреча", "переговоры", "граждане", "программа", "развитие", "инвестиции", "налог", "банк",
        "ставка", "инфляция", "производство", "заводы", "энергия", "транспорт", "метро", "школы", "больницы", "наука",
    ];

    public static async Task<GeneratedDatabase> GenerateAsync(string dataPath, int articleCount, int commentCount)
    {
        Directory.CreateDirectory(dataPath);
        var databaseFile = Path.Combine(dataPath, "vestnik.db");
        if (File.Exists(databaseFile))
        {
            throw new InvalidOperationException($"{databaseFile} exists; generate into an empty folder");
        }
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddVestnikData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Vestnik:DataPath"] = dataPath }).Build())
            .BuildServiceProvider();
        await services.MigrateDatabaseAsync();
        // As the app does on its first start; the generated articles carry these labels.
        await services.EnsureBuiltInLabelsAsync();
        // The migration's pooled connections would keep the journal mode from changing.
        SqliteConnection.ClearAllPools();

        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        // One transaction of gigabytes: in WAL mode it would be written twice (log, then checkpoint). A new file needs
        // no crash safety while it is built; the app's own setting (WAL) is restored at the end.
        await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var sections = await InsertReferenceDataAsync(connection, transaction);
        var labels = await LabelIdsAsync(connection, transaction);
        var random = new Random(42);
        var markdown = new MarkdownRenderer();
        var now = DateTimeOffset.UtcNow;

        await using var article = Command(connection, transaction,
            "INSERT INTO Articles (Title, Slug, Dek, BodyMarkdown, BodyHtml, Language, SectionId, Status, CreatedAt, PublishedAt, ViewCount, Version) " +
            "VALUES ($title, $slug, $dek, $md, $html, $lang, $section, 3, $at, $at, $views, 0) RETURNING Id",
            "$title", "$slug", "$dek", "$md", "$html", "$lang", "$section", "$at", "$views");
        await using var byline = Command(connection, transaction, "INSERT INTO ArticleAuthor (ArticleId, AuthorId, Position) VALUES ($a, $author, 0)", "$a", "$author");
        await using var tag = Command(connection, transaction, "INSERT INTO ArticleTags (ArticlesId, TagsId) VALUES ($a, $tag)", "$a", "$tag");
        // One article in seventeen (prime to the cycles of five languages and six sections) carries one of the four built-in labels (exclusive, breaking, analysis, opinion),
        // which every list of cards shows.
        await using var label = Command(connection, transaction, "INSERT INTO ArticleLabels (ArticleId, LabelsId) VALUES ($a, $label)", "$a", "$label");

        var articles = new List<GeneratedArticle>(articleCount);
        for (var i = 0; i < articleCount; i++)
        {
            var title = $"{Sentence(random, 7)} {i.ToString(CultureInfo.InvariantCulture)}";
            var body = Body(random);
            var published = now - TimeSpan.FromMinutes(i * 7L);
            article.Parameters["$title"].Value = title;
            article.Parameters["$slug"].Value = Transliteration.ToSlug(title);
            article.Parameters["$dek"].Value = Sentence(random, 20) + ".";
            article.Parameters["$md"].Value = body;
            article.Parameters["$html"].Value = markdown.ToHtml(body);
            article.Parameters["$lang"].Value = i % 5 == 4 ? 1 : 0;
            article.Parameters["$section"].Value = sections[i % sections.Count];
            article.Parameters["$at"].Value = ToStored(published);
            article.Parameters["$views"].Value = random.Next(0, 10_000);
            var id = (long)(await article.ExecuteScalarAsync())!;
            articles.Add(new GeneratedArticle(id, published));

            byline.Parameters["$a"].Value = id;
            byline.Parameters["$author"].Value = 1 + (i % 8);
            await byline.ExecuteNonQueryAsync();
            foreach (var tagId in new[] { 1 + (i % 15), 1 + ((i / 15) % 15) }.Distinct())
            {
                tag.Parameters["$a"].Value = id;
                tag.Parameters["$tag"].Value = tagId;
                await tag.ExecuteNonQueryAsync();
            }
            if (id % 17 == 0)
            {
                label.Parameters["$a"].Value = id;
                label.Parameters["$label"].Value = labels[(int)(id / 17 % labels.Count)];
                await label.ExecuteNonQueryAsync();
            }
            if (i % 10_000 == 9_999)
            {
                Console.WriteLine($"  {i + 1:N0} articles");
            }
        }
        var articleTime = stopwatch.Elapsed;
        var comments = await LargeComments.InsertAsync(connection, transaction, dataPath, articles, commentCount, now, random);
        await transaction.CommitAsync();
        // The rows bypass the newsroom's write path: the tag and author pages' stored totals are computed once here.
        var countStopwatch = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            await PublishedCounts.RecountAsync(scope.ServiceProvider.GetRequiredService<VestnikDbContext>());
        }
        Console.WriteLine($"  published counts of tags and authors in {countStopwatch.Elapsed.TotalSeconds:F1} s");
        SqliteConnection.ClearAllPools();
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;");
        return new GeneratedDatabase(articleCount, comments.Comments, comments.Likes, comments.Readers, articleTime,
            comments.RowTime, comments.IndexTime);
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<long>> LabelIdsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = Command(connection, transaction, "SELECT Id FROM Labels ORDER BY Id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private static async Task<List<long>> InsertReferenceDataAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var sections = new List<long>();
        foreach (var (slug, ru, en) in new[] { ("politics", "Политика", "Politics"), ("economy", "Экономика", "Economy"), ("world", "В мире", "World"), ("science", "Наука", "Science"), ("culture", "Культура", "Culture"), ("sport", "Спорт", "Sport") })
        {
            await using var section = Command(connection, transaction, "INSERT INTO Sections (Slug, NameRu, NameEn, Position) VALUES ($s, $r, $e, 0) RETURNING Id", "$s", "$r", "$e");
            section.Parameters["$s"].Value = slug;
            section.Parameters["$r"].Value = ru;
            section.Parameters["$e"].Value = en;
            sections.Add((long)(await section.ExecuteScalarAsync())!);
        }
        for (var i = 1; i <= 8; i++)
        {
            await using var author = Command(connection, transaction, "INSERT INTO Authors (Name, Slug, Bio) VALUES ($n, $s, '')", "$n", "$s");
            author.Parameters["$n"].Value = $"Автор Номер{i}";
            author.Parameters["$s"].Value = $"avtor-nomer{i}";
            await author.ExecuteNonQueryAsync();
        }
        for (var i = 1; i <= 15; i++)
        {
            await using var tag = Command(connection, transaction, "INSERT INTO Tags (Name, Slug, Language) VALUES ($n, $s, 0)", "$n", "$s");
            tag.Parameters["$n"].Value = $"тема {i}";
            tag.Parameters["$s"].Value = $"tema-{i}";
            await tag.ExecuteNonQueryAsync();
        }
        return sections;
    }

    // The SQLite context stores DateTimeOffset through EF's DateTimeOffsetToBinaryConverter; write the same encoding.
    // One converter for all rows: building one compiles its expression trees, which costs more than inserting a row.
    private static readonly DateTimeOffsetToBinaryConverter StoredTime = new();

    internal static long ToStored(DateTimeOffset value) => (long)StoredTime.ConvertToProvider(value)!;

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        return command;
    }

    private static string Sentence(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    private static string Body(Random random)
    {
        var body = new StringBuilder();
        for (var paragraph = 0; paragraph < 6; paragraph++)
        {
            body.Append(Sentence(random, 12)).Append(". ").Append(Sentence(random, 14)).Append(". ").Append(Sentence(random, 10)).Append(".\n\n");
        }
        return body.ToString();
    }
}
