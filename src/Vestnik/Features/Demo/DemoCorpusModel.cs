using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Demo;

/// <summary>The demo newsroom's content as plain records, independent of the database model.</summary>
public sealed record DemoCorpusData(
    IReadOnlyList<DemoSection> Sections,
    IReadOnlyList<DemoAuthor> Authors,
    IReadOnlyList<DemoOutlet> Outlets,
    IReadOnlyList<DemoArticle> Articles);

public sealed record DemoSection(string Slug, string NameRu, string NameEn);

/// <summary>An author; <see cref="Name"/> is in the author's own script (Cyrillic for Russian staff).</summary>
public sealed record DemoAuthor(string Name, string BioRu);

public sealed record DemoOutlet(string Name, string HomepageUrl, string Language);

/// <param name="Key">Unique key; a translation names the key of its original in <see cref="TranslationOfKey"/>.</param>
/// <param name="AuthorNames">Byline in order, names as in <see cref="DemoAuthor.Name"/>.</param>
/// <param name="Tags">Tag names in the article's language.</param>
/// <param name="LabelSlug">One of "exclusive", "breaking", "analysis", "opinion", or null.</param>
/// <param name="Age">How long before seeding the article was published.</param>
public sealed record DemoArticle(
    string Key,
    ContentLanguage Language,
    string SectionSlug,
    string Title,
    string Dek,
    string BodyMarkdown,
    IReadOnlyList<string> AuthorNames,
    IReadOnlyList<string> Tags,
    string? LabelSlug,
    DemoRetelling? Source,
    TimeSpan Age,
    string ImageCaption,
    string ImageCredit,
    string? TranslationOfKey);

/// <param name="OutletName">Must match a <see cref="DemoOutlet.Name"/>.</param>
public sealed record DemoRetelling(string OutletName, string OriginalHeadline, string OriginalUrl, TimeSpan OriginalAge, string OriginalLanguage);
