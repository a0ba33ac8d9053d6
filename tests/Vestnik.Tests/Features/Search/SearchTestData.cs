using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Search;

/// <summary>Articles with made-up words, so a search test matches only the rows it created.</summary>
internal static class SearchTestData
{
    private const string Consonants = "бвгджзклмнпрстфхцчшщ";
    private const string Vowels = "аоуиэы";

    /// <summary>A pronounceable Russian word no dictionary has, e.g. "бокутизар".</summary>
    public static string RussianWord(int syllables = 4)
    {
        var chars = new char[syllables * 2 + 1];
        for (var i = 0; i < syllables; i++)
        {
            chars[i * 2] = Consonants[Random.Shared.Next(Consonants.Length)];
            chars[i * 2 + 1] = Vowels[Random.Shared.Next(Vowels.Length)];
        }
        chars[^1] = 'р';
        return new string(chars);
    }

    /// <summary>A Latin word no dictionary has, e.g. "zorvaquelt".</summary>
    public static string LatinWord() => "zq" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'o').Replace('1', 'l')
        .Replace('2', 'z').Replace('3', 'e').Replace('4', 'a').Replace('5', 's').Replace('6', 'g').Replace('7', 't').Replace('8', 'b').Replace('9', 'p');

    public static async Task<Article> CreateAsync(
        VestnikApp app,
        string title,
        string body,
        ContentLanguage language = ContentLanguage.Ru,
        string? sectionSlug = null,
        string[]? tags = null,
        DateTimeOffset? publishedAt = null,
        bool publish = true,
        string? dek = null) =>
        await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, title, language, publish: false, body: body, section: sectionSlug);
            if (dek is not null)
            {
                article.Dek = dek;
            }
            foreach (var name in tags ?? [])
            {
                var slug = name.ToLowerInvariant();
                var tag = await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug)
                    ?? db.Tags.Add(new Tag { Name = name, Slug = slug, Language = language }).Entity;
                article.Tags.Add(tag);
            }
            if (publish)
            {
                article.Publish(publishedAt ?? DateTimeOffset.UtcNow);
            }
            await db.SaveChangesAsync();
            return article;
        });

    public static Task UnpublishAsync(VestnikApp app, int id) => app.WithDbAsync(async db =>
    {
        var article = await db.Articles.SingleAsync(a => a.Id == id);
        article.Unpublish();
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// Waits until <paramref name="condition"/> holds; the indexer works in the background. (It takes well under a
    /// second on an idle machine; the generous limit is for a CI box shared with other jobs.)
    /// </summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }
            await Task.Delay(100);
        }
    }
}
