using System.Globalization;
using Lucene.Net.Documents;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Search.Indexing;

/// <summary>Everything the index knows about one published article: what is searched, filtered, shown and compared.</summary>
public sealed record IndexableArticle(
    int Id,
    ContentLanguage Language,
    string Title,
    string DisplayTitle,
    string Dek,
    string Body,
    string Url,
    string SectionSlug,
    string SectionName,
    IReadOnlyList<string> AuthorSlugs,
    IReadOnlyList<(string Slug, string Name)> Tags,
    IReadOnlyList<string> LabelSlugs,
    DateTimeOffset PublishedAt,
    int? TranslationId,
    string? SourceKey)
{
    public Document ToDocument()
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Language, Language.Code(), Field.Store.YES),
            new StringField(SearchFields.Section, SectionSlug, Field.Store.YES),
            new StoredField(SearchFields.SectionName, SectionName),
            new StoredField(SearchFields.Url, Url),
            new StoredField(SearchFields.DisplayTitle, DisplayTitle),
            new StoredField(SearchFields.DekStored, Dek),
            new Int64Field(SearchFields.Published, PublishedAt.ToUnixTimeSeconds(), Field.Store.YES),
            new NumericDocValuesField(SearchFields.PublishedSort, PublishedAt.ToUnixTimeSeconds()),
            new Field(SearchFields.Title(Language), Title, TextWithVectors),
            new Field(SearchFields.Dek(Language), Dek, TextWithVectors),
            // Stored for highlighting; vectors let "Read also" skip re-analysing the text.
            new Field(SearchFields.Body(Language), Body, TextWithVectors),
            new TextField(SearchFields.TagText(Language), string.Join(" ", Tags.Select(t => t.Name)), Field.Store.NO),
            new TextField(SearchFields.Words, $"{Title} {Dek} {Body}", Field.Store.NO),
            new TextField(SearchFields.HeadlineWords, DisplayTitle, Field.Store.NO),
        };
        foreach (var author in AuthorSlugs)
        {
            document.Add(new StringField(SearchFields.Author, author, Field.Store.NO));
        }
        foreach (var (slug, _) in Tags)
        {
            document.Add(new StringField(SearchFields.Tag, slug, Field.Store.YES));
        }
        foreach (var label in LabelSlugs)
        {
            document.Add(new StringField(SearchFields.Label, label, Field.Store.NO));
        }
        if (TranslationId is { } translation)
        {
            document.Add(new StoredField(SearchFields.Translation, translation));
        }
        if (SourceKey is not null)
        {
            document.Add(new StringField(SearchFields.Source, SourceKey, Field.Store.YES));
        }
        return document;
    }

    private static readonly FieldType TextWithVectors = CreateTextWithVectors();

    private static FieldType CreateTextWithVectors()
    {
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true };
        type.Freeze();
        return type;
    }
}
