using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Testing;

/// <summary>Creates articles that a test asserts on, so no test depends on the demo content's details.</summary>
public static class TestArticles
{
    private static readonly MarkdownRenderer Markdown = new();

    public static async Task<Article> CreateAsync(
        VestnikDbContext db,
        string title,
        ContentLanguage language = ContentLanguage.Ru,
        bool publish = true,
        string? outlet = null,
        string body = "Первый абзац статьи.\n\nВторой абзац.")
    {
        var section = await db.Sections.OrderBy(s => s.Id).FirstAsync();
        var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
        var article = new Article
        {
            Title = title,
            Dek = "Короткое описание для теста.",
            BodyMarkdown = body,
            BodyHtml = Markdown.ToHtml(body),
            Language = language,
            SectionId = section.Id,
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
        return article;
    }
}
