using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Testing;

/// <summary>
/// Creates articles, and the sections and authors they need, that a test asserts on: test apps start without the
/// demo content, so nothing but migrations, built-in labels and the admin account is there before a test writes.
/// </summary>
public static class TestArticles
{
    private static readonly MarkdownRenderer Markdown = new();

    /// <summary>The section with this slug, or without one the first section; created when it is not there yet.</summary>
    public static async Task<Section> SectionAsync(VestnikDbContext db, string? slug = null)
    {
        var existing = slug is null
            ? await db.Sections.OrderBy(s => s.Id).FirstOrDefaultAsync()
            : await db.Sections.SingleOrDefaultAsync(s => s.Slug == slug);
        if (existing is not null)
        {
            return existing;
        }
        slug ??= "test-section";
        var section = db.Sections.Add(new Section { Slug = slug, NameRu = "Раздел " + slug, NameEn = "Section " + slug }).Entity;
        await db.SaveChangesAsync();
        return section;
    }

    /// <summary>The first author, created when there is none.</summary>
    public static async Task<Author> AuthorAsync(VestnikDbContext db)
    {
        if (await db.Authors.OrderBy(a => a.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }
        var author = db.Authors.Add(new Author
        {
            Name = "Тестова Анна",
            Slug = "testova-anna",
            Bio = "Корреспондент отдела тестов.",
            PhotoUrl = "/media/test/author.png",
        }).Entity;
        await db.SaveChangesAsync();
        return author;
    }

    public static async Task<Article> CreateAsync(
        VestnikDbContext db,
        string title,
        ContentLanguage language = ContentLanguage.Ru,
        bool publish = true,
        string? outlet = null,
        string body = "Первый абзац статьи.\n\nВторой абзац.",
        string? section = null)
    {
        var inSection = await SectionAsync(db, section);
        var author = await AuthorAsync(db);
        var article = new Article
        {
            Title = title,
            Dek = "Короткое описание для теста.",
            BodyMarkdown = body,
            BodyHtml = Markdown.ToHtml(body),
            Language = language,
            SectionId = inSection.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        article.SetSlug(Transliteration.ToSlug(title) + "-" + Guid.NewGuid().ToString("N")[..6]);
        article.Authors.Add(new ArticleAuthor { AuthorId = author.Id, Position = 0 });
        if (outlet is not null)
        {
            var source = await db.SourceOutlets.FirstOrDefaultAsync(o => o.Name == outlet)
                ?? db.SourceOutlets.Add(new SourceOutlet { Name = outlet }).Entity;
            article.Source = new SourceAttribution
            {
                Outlet = source,
                OutletName = outlet,
                OriginalHeadline = "Original headline",
                OriginalUrl = "https://news.example/original",
                OriginalPublishedAt = DateTimeOffset.UtcNow.AddDays(-1),
            };
        }
        if (publish)
        {
            article.Publish(DateTimeOffset.UtcNow);
        }
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        // Written past the newsroom's write path, as a bulk writer would: the tag and author pages' totals follow.
        await PublishedCounts.RecountAsync(db);
        return article;
    }
}
