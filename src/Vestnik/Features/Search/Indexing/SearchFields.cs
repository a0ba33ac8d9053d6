using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Field names of the search index. Text fields carry the language in their name ("title.ru"), so one
/// per-field analyzer analyses each document in its own language.
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Language = "lang";
    public const string Section = "section";
    public const string SectionName = "section_name";
    public const string Author = "author";
    public const string Tag = "tag";
    public const string Label = "label";
    public const string Published = "published";
    public const string PublishedSort = "published_sort";
    public const string Url = "url";
    public const string DisplayTitle = "display_title";
    public const string DekStored = "dek_stored";
    public const string Translation = "translation";
    public const string Source = "source";

    /// <summary>Unstemmed words of title, dek and body: the vocabulary "did you mean" draws from.</summary>
    public const string Words = "words";

    /// <summary>Unstemmed words of the headline, for completions in the search box.</summary>
    public const string HeadlineWords = "headline_words";

    public static string Title(ContentLanguage language) => "title." + language.Code();

    public static string Dek(ContentLanguage language) => "dek." + language.Code();

    public static string TagText(ContentLanguage language) => "tags." + language.Code();

    public static string Body(ContentLanguage language) => "body." + language.Code();

    /// <summary>How much a match in each field counts: title over dek over tags over body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted(ContentLanguage language) =>
    [
        (Title(language), 4f),
        (Dek(language), 2.5f),
        (TagText(language), 2f),
        (Body(language), 1f),
    ];

    /// <summary>The fields "Read also" compares articles by.</summary>
    public static string[] Similarity(ContentLanguage language) => [Title(language), Dek(language), Body(language)];
}
