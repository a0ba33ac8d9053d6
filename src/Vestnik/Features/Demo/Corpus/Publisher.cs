using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Demo.Corpus;

/// <summary>
/// Publishes the desks' stories as demo articles: spreads them over the last forty days, writes their
/// bodies, and pairs translations and retellings with their originals.
/// </summary>
internal sealed class Publisher
{
    /// <summary>How far back the oldest story goes; a new site should look active but not abandoned.</summary>
    private const double SpanHours = 40 * 24;

    /// <summary>The newest story is a few hours old, so the front page looks current on first start.</summary>
    private const double NewestHours = 2.5;

    /// <summary>Random offset added to each age, so that publication times do not fall on a visible grid.</summary>
    private const double JitterHours = 3;

    private readonly Random _random;
    private readonly ArticleWriter _russian;
    private readonly ArticleWriter _english;

    public Publisher(int seed)
    {
        _random = new Random(seed);
        _russian = new ArticleWriter(_random, RussianNewsroom.Prose);
        _english = new ArticleWriter(_random, EnglishNewsroom.Prose);
    }

    /// <returns>The articles, newest first.</returns>
    public IReadOnlyList<DemoArticle> Publish(IReadOnlyList<Desk> desks)
    {
        var order = PublicationOrder(desks);
        var articles = new List<DemoArticle>();
        for (var i = 0; i < order.Count; i++)
        {
            var (desk, story) = order[i];
            var age = AgeAt(i, order.Count);
            var credit = Staff.Credits[_random.Next(Staff.Credits.Count)];
            var source = Retelling(story.Source, age);
            if (story.Ru is { } ru)
            {
                articles.Add(Article(desk, story, ru, ContentLanguage.Ru, age, source, credit.Ru));
            }
            if (story.En is { } en)
            {
                // A translation follows its original by a few hours, as a real desk would need.
                var enAge = story.Ru is null ? age : age - TimeSpan.FromHours(1.5 + (_random.NextDouble() * 3.5));
                articles.Add(Article(desk, story, en, ContentLanguage.En, enAge, source, credit.En));
            }
        }
        return [.. articles.OrderBy(article => article.Age)];
    }

    /// <summary>
    /// Interleaves the desks rank by rank, so every section has a fresh story and the front page is not
    /// one section deep. The sort is stable: within a rank, desks keep their order.
    /// </summary>
    private static List<(Desk Desk, Story Story)> PublicationOrder(IReadOnlyList<Desk> desks) =>
    [
        .. desks
            .SelectMany(desk => desk.Stories.Select((story, rank) => (Desk: desk, Story: story, Rank: rank)))
            .OrderBy(entry => entry.Rank)
            .Select(entry => (entry.Desk, entry.Story)),
    ];

    /// <summary>Ages grow faster than linearly, so the last two days are busier than a month ago.</summary>
    private TimeSpan AgeAt(int position, int count)
    {
        var progress = position / (count - 1.0);
        var hours = NewestHours + ((SpanHours - NewestHours - JitterHours) * Math.Pow(progress, 1.35)) + (_random.NextDouble() * JitterHours);
        return TimeSpan.FromHours(hours);
    }

    private DemoRetelling? Retelling(Retold? retold, TimeSpan age)
    {
        if (retold is null)
        {
            return null;
        }
        var outlet = ForeignPress.Outlets.Single(candidate => candidate.Name == retold.Outlet);
        var originalAge = age + TimeSpan.FromHours(4 + (_random.NextDouble() * 26));
        return new DemoRetelling(outlet.Name, retold.Headline, outlet.HomepageUrl + retold.Path, originalAge, outlet.Language);
    }

    private DemoArticle Article(
        Desk desk, Story story, StoryText text, ContentLanguage language, TimeSpan age, DemoRetelling? source, string credit)
    {
        var english = language == ContentLanguage.En;
        var translationOf = english && story.Ru is not null ? story.Key : null;
        var writer = english ? _english : _russian;
        return new DemoArticle(
            Key: translationOf is null ? story.Key : story.Key + "-en",
            Language: language,
            SectionSlug: desk.Section.Slug,
            Title: text.Title,
            Dek: text.Dek,
            BodyMarkdown: writer.Write(text, english ? desk.En : desk.Ru, story.Label, source?.OutletName),
            AuthorNames: story.Byline,
            Tags: [.. story.Tags.Select(tag => english ? tag.En : tag.Ru)],
            LabelSlug: story.Label,
            Source: source,
            Age: age,
            ImageCaption: text.Caption,
            ImageCredit: credit,
            TranslationOfKey: translationOf);
    }
}
