using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Demo;

/// <summary>
/// Writes the demo newsroom (<see cref="DemoCorpus"/>) into an empty database, with generated illustrations in the
/// media folder, so that a first start shows a living site.
/// </summary>
public sealed class DemoSeeder(
    VestnikDbContext db,
    MarkdownRenderer markdown,
    DataFolders folders,
    TimeProvider clock,
    IOptions<VestnikOptions> options,
    ILogger<DemoSeeder> logger)
{
    private const int ImageWidth = 1200;
    private const int ImageHeight = 675;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoContent || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        // One transaction: a start killed half-way leaves an empty database, which the next start seeds again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var corpus = DemoCorpus.Create();
        var now = clock.GetUtcNow();
        var imageFolder = Path.Combine(folders.Media, "demo");
        Directory.CreateDirectory(imageFolder);

        var sections = new Dictionary<string, Section>();
        foreach (var (demo, position) in corpus.Sections.Select((s, i) => (s, i)))
        {
            sections[demo.Slug] = db.Sections.Add(new Section { Slug = demo.Slug, NameRu = demo.NameRu, NameEn = demo.NameEn, Position = position }).Entity;
        }

        var authors = new Dictionary<string, Author>();
        foreach (var demo in corpus.Authors)
        {
            var slug = Transliteration.ToSlug(demo.Name);
            await File.WriteAllTextAsync(Path.Combine(imageFolder, $"author-{slug}.svg"), DemoAvatar.Svg(demo.Name), cancellationToken);
            authors[demo.Name] = db.Authors.Add(new Author
            {
                Name = demo.Name,
                Slug = slug,
                Bio = demo.BioRu,
                PhotoUrl = $"{DataFolders.MediaUrlPrefix}/demo/author-{slug}.svg",
            }).Entity;
        }

        var outlets = corpus.Outlets.ToDictionary(
            o => o.Name,
            o => db.SourceOutlets.Add(new SourceOutlet { Name = o.Name, HomepageUrl = o.HomepageUrl, Language = o.Language }).Entity);
        var labels = await db.Labels.ToDictionaryAsync(l => l.Slug, cancellationToken);

        var slugs = new HashSet<string>();
        var tags = new Dictionary<(Infrastructure.Localization.ContentLanguage, string), Tag>();
        var articles = new Dictionary<string, Article>();
        var random = new Random(20261128);

        foreach (var demo in corpus.Articles)
        {
            var article = new Article
            {
                Title = demo.Title,
                Dek = demo.Dek,
                BodyMarkdown = demo.BodyMarkdown,
                BodyHtml = markdown.ToHtml(demo.BodyMarkdown),
                Language = demo.Language,
                Section = sections[demo.SectionSlug],
                CreatedAt = now - demo.Age - TimeSpan.FromHours(2),
                ViewCount = random.Next(20, 5000),
            };
            article.SetSlug(Unique(Transliteration.ToSlug(demo.Title), slugs));

            foreach (var (name, position) in demo.AuthorNames.Select((n, i) => (n, i)))
            {
                article.Authors.Add(new ArticleAuthor { Author = authors[name], Position = position });
            }
            foreach (var tagName in demo.Tags)
            {
                if (!tags.TryGetValue((demo.Language, tagName), out var tag))
                {
                    tag = new Tag { Name = tagName, Slug = Unique(Transliteration.ToSlug(tagName), slugs), Language = demo.Language };
                    tags[(demo.Language, tagName)] = tag;
                }
                article.Tags.Add(tag);
            }
            if (demo.LabelSlug is not null)
            {
                article.Labels.Add(labels[demo.LabelSlug]);
            }
            if (demo.Source is { } source)
            {
                article.Source = new SourceAttribution
                {
                    Outlet = outlets[source.OutletName],
                    OutletName = source.OutletName,
                    OriginalHeadline = source.OriginalHeadline,
                    OriginalUrl = source.OriginalUrl,
                    OriginalPublishedAt = now - source.OriginalAge,
                    OriginalLanguage = source.OriginalLanguage,
                };
            }

            var imageKey = demo.Key.ToLowerInvariant().Replace(' ', '-');
            await File.WriteAllTextAsync(Path.Combine(imageFolder, $"{imageKey}.svg"), DemoImages.Svg(demo.Key, demo.SectionSlug), cancellationToken);
            article.LeadImage = new LeadImage
            {
                Url = $"{DataFolders.MediaUrlPrefix}/demo/{imageKey}.svg",
                Width = ImageWidth,
                Height = ImageHeight,
                Caption = demo.ImageCaption,
                Credit = demo.ImageCredit,
                AltText = demo.ImageCaption,
            };
            article.Publish(now - demo.Age);
            articles[demo.Key] = db.Articles.Add(article).Entity;
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var demo in corpus.Articles.Where(a => a.TranslationOfKey is not null))
        {
            var translation = articles[demo.Key];
            var original = articles[demo.TranslationOfKey!];
            translation.TranslationId = original.Id;
            original.TranslationId = translation.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        // The articles bypass the newsroom's write path, so their tags' and authors' published counts are set here.
        await PublishedCounts.RecountAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Demo content seeded: {Articles} articles, {Sections} sections, {Authors} authors, {Tags} tags",
            articles.Count, sections.Count, authors.Count, tags.Count);
    }

    /// <summary>Appends -2, -3… until the slug is free, the same rule the newsroom applies.</summary>
    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug.Length == 0 ? "article" : slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }
        return candidate;
    }
}
