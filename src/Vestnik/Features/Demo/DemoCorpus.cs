#pragma warning disable CA1861
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Demo;

public static class DemoCorpus
{
    public static DemoCorpusData Create()
    {
        var sections = new[] { new DemoSection("politics", "Политика", "Politics"), new DemoSection("economy", "Экономика", "Economy"), new DemoSection("world", "В мире", "World"), new DemoSection("science", "Наука", "Science"), new DemoSection("culture", "Культура", "Culture") };
        var authors = new[] { "Арестова Татьяна", "Иванов Пётр", "Смирнова Ольга", "Кузнецов Алексей", "Попова Мария", "Волков Дмитрий", "Соколова Анна", "Лебедев Игорь" }.Select(n => new DemoAuthor(n, "Корреспондент.")).ToList();
        var outlets = new[] { new DemoOutlet("The New York Times", "https://www.nytimes.com", "en"), new DemoOutlet("The Guardian", "https://www.theguardian.com", "en") };
        var body = string.Join("\n\n", Enumerable.Repeat("Это абзац демонстрационного текста о событиях недели, в котором достаточно слов для проверки.", 40));
        var articles = new List<DemoArticle>();
        for (var i = 0; i < 64; i++)
        {
            var lang = i % 4 == 3 ? ContentLanguage.En : ContentLanguage.Ru;
            var src = i % 3 == 0 ? new DemoRetelling(outlets[i % 2].Name, "Original " + i, $"https://www.nytimes.com/2026/11/{i}.html", TimeSpan.FromDays(i + 1), "en") : null;
            var label = (i % 5) switch { 0 => "exclusive", 1 => "breaking", 2 => "analysis", 3 => "opinion", _ => null };
            articles.Add(new DemoArticle("a" + i, lang, sections[i % 5].Slug, $"Заголовок статьи номер {i} о событиях", "Описание статьи.", body,
                [authors[i % 8].Name], [$"тег {i % 16}", "общий"], label, src, TimeSpan.FromHours(i * 5 + 1), "Подпись", "Фото: Вестник",
                lang == ContentLanguage.En && i > 3 ? "a" + (i - 1) : null));
        }
        return new DemoCorpusData(sections, authors, outlets, articles);
    }
}
public static class DemoImages
{
    public static string Svg(string key, string sectionSlug) => "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"675\" viewBox=\"0 0 1200 675\"><rect width=\"1200\" height=\"675\" fill=\"#468\"/></svg>";
}
