using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>Articles with everything distribution cares about: a hostile Cyrillic headline, a lead image and a tag.</summary>
public static class DistributionTestData
{
    /// <summary>Quotes, ampersands, markup, emoji and a control character that XML cannot carry.</summary>
    public const string HostileTitle = "Тест «кавычки» & \"прямые\" <b>теги</b> 🚀 \u0001 ёлка";

    public static async Task<Article> ArticleAsync(VestnikApp app, string title, string? imageUrl = "/media/test/lead.png")
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        return await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, title, body: $"Полный текст статьи {unique}.\n\n[Подробнее](/sections/inline-link)");
            var tag = new Tag { Name = "распространение " + unique, Slug = "rasprostranenie-" + unique, Language = ContentLanguage.Ru };
            article.Tags.Add(tag);
            if (imageUrl is not null)
            {
                article.LeadImage = new LeadImage { Url = imageUrl, Width = 1200, Height = 800, AltText = "Снимок" };
            }
            await db.SaveChangesAsync();
            return await db.Articles.AsNoTracking().AsSplitQuery()
                .Include(a => a.Tags).Include(a => a.Section).Include(a => a.Authors).ThenInclude(a => a.Author)
                .SingleAsync(a => a.Id == article.Id);
        });
    }
}
