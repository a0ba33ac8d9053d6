// Measures the CPU cost of distribution's generated documents: a drawn social card, a 30-item feed in each format,
// and a full 50,000-URL sitemap page. Run: dotnet run -c Release --project bench/Distribution
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Vestnik.Features.Distribution;
using Vestnik.Features.Distribution.Feeds;
using Vestnik.Features.Distribution.Sitemaps;
using Vestnik.Features.Distribution.SocialCards;
using Vestnik.Infrastructure.Localization;

static double MedianMs(int runs, Action action)
{
    action();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[times.Count / 2];
}

using var font = new CardFont(Options.Create(new DistributionOptions()));
var renderer = new SocialCardRenderer(font);
var card = new SocialCardContent(1, "The New York Times: Съешь же ещё этих мягких французских булок, да выпей чаю", "Эксклюзив", "Политика", "Вестник", ContentLanguage.Ru, null);
var png = renderer.Draw(card);
Console.WriteLine($"social card draw + PNG encode: median {MedianMs(30, () => renderer.Draw(card)):F1} ms, {png.Length / 1024} KiB");

var body = string.Concat(Enumerable.Repeat("<p>Абзац статьи с текстом средней длины, примерно как в настоящей новости.</p>\n", 15));
var items = Enumerable.Range(1, 30).Select(i => new FeedItem(i, $"Заголовок новости номер {i} «в кавычках» & с амперсандом", "Описание",
    body, $"https://vestnik.example/articles/novost-{i}", DateTimeOffset.UtcNow.AddHours(-i), DateTimeOffset.UtcNow,
    [new FeedPerson("Анна Иванова", "https://vestnik.example/authors/anna-ivanova")], ["Политика", "Выборы"],
    new FeedImage($"https://vestnik.example/media/{i}.jpg", "image/jpeg", 120_000))).ToList();
var feed = new FeedDocument("Вестник", "Свежие материалы", ContentLanguage.Ru, "https://vestnik.example/", "https://vestnik.example/rss.xml", DateTimeOffset.UtcNow, items);
foreach (var format in Enum.GetValues<FeedFormat>())
{
    var size = FeedWriters.Write(feed, format).Length;
    Console.WriteLine($"{format} feed, 30 full-text items: median {MedianMs(200, () => FeedWriters.Write(feed, format)):F2} ms, {size / 1024} KiB");
}

var entries = Enumerable.Range(1, 50_000).Select(i => new SitemapEntry($"https://vestnik.example/articles/statya-{i}", DateTimeOffset.UtcNow,
    [(ContentLanguage.Ru, $"https://vestnik.example/articles/statya-{i}"), (ContentLanguage.En, $"https://vestnik.example/en/articles/article-{i}")],
    [$"https://vestnik.example/media/{i}.jpg"])).ToList();
var sitemapSize = SitemapWriter.UrlSet(entries).Length;
Console.WriteLine($"sitemap page, 50,000 URLs with alternates and images: median {MedianMs(5, () => SitemapWriter.UrlSet(entries)):F0} ms, {sitemapSize / 1024 / 1024.0:F1} MiB");
