using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Search.Querying;

public sealed record SearchHit(
    int Id, string Url, string TitleHtml, string SnippetHtml, string SectionName, DateTimeOffset PublishedAt, ContentLanguage Language);

public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int TotalPages,
    string? DidYouMean,
    bool TypoTolerant,
    bool IndexRebuilding)
{
    public static SearchResults Empty(bool rebuilding) => new([], 0, 1, 0, null, false, rebuilding);
}

/// <summary>
/// Full-text search over the index: every word must match in some field (title counts most, then dek, tags and
/// body), each language's fields analysed in that language. When nothing matches exactly, words of five or more
/// letters may be one typo off, and a "did you mean" is offered from the index's own vocabulary.
/// </summary>
public sealed class ArticleSearch(SearchIndex index, NewsroomTime time)
{
    private const int TypoMinLength = 5;
    private const float TypoBoost = 0.7f;

    private static readonly Sort NewestFirst = new(new SortField(SearchFields.PublishedSort, SortFieldType.INT64, reverse: true));

    private readonly Dictionary<ContentLanguage, Analyzer> _analyzers = new()
    {
        [ContentLanguage.Ru] = NewsAnalyzers.Russian(),
        [ContentLanguage.En] = NewsAnalyzers.English(),
    };

    private readonly Analyzer _words = NewsAnalyzers.Words();

    public SearchResults Search(SearchRequest request)
    {
        var words = QueryWords.Split(request.Text);
        if (words.Count == 0 && !request.HasFilters)
        {
            return SearchResults.Empty(index.IsRebuilding);
        }
        var languages = request.Language is { } only ? [only] : new[] { ContentLanguage.Ru, ContentLanguage.En };
        var exact = TextQuery(words, languages, typoVocabulary: null);
        if (words.Count > 0 && exact is null)
        {
            // Only stop words ("и", "the"): nothing meaningful to look for.
            return SearchResults.Empty(index.IsRebuilding);
        }

        IndexSearcher searcher;
        try
        {
            searcher = index.Acquire();
        }
        catch (InvalidOperationException)
        {
            return SearchResults.Empty(rebuilding: true);
        }
        try
        {
            var filter = Filter(request);
            var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
            var wanted = page * SearchRequest.PageSize;
            var query = (Query?)exact ?? new MatchAllDocsQuery();
            var top = Run(searcher, query, filter, wanted, request.Sort == SearchSort.Date || exact is null);
            var typoTolerant = false;
            if (top.TotalHits == 0 && exact is not null && TextQuery(words, languages, searcher.IndexReader) is { } tolerant)
            {
                query = tolerant;
                top = Run(searcher, query, filter, wanted, request.Sort == SearchSort.Date);
                typoTolerant = top.TotalHits > 0;
            }
            var didYouMean = words.Count > 0 && (top.TotalHits == 0 || typoTolerant) ? Spelling.Suggest(searcher.IndexReader, words, _words) : null;

            var totalPages = (top.TotalHits + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
            var terms = new Highlighting.QueryTerms(query, searcher.IndexReader);
            var hits = top.ScoreDocs
                .Skip((page - 1) * SearchRequest.PageSize)
                .Select(hit => ToHit(searcher, hit.Doc, terms))
                .ToList();
            return new SearchResults(hits, top.TotalHits, page, totalPages, didYouMean, typoTolerant, index.IsRebuilding);
        }
        catch (Exception exception) when (exception is IOException or CorruptIndexException or ObjectDisposedException)
        {
            index.MarkDamaged(exception);
            return SearchResults.Empty(rebuilding: true);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static TopDocs Run(IndexSearcher searcher, Query query, Filter? filter, int wanted, bool newestFirst) =>
        newestFirst ? searcher.Search(query, filter, wanted, NewestFirst) : searcher.Search(query, filter, wanted);

    /// <summary>
    /// All words must match; each word may match any weighted field of any searched language. With a vocabulary to
    /// look typos up in, words of <see cref="TypoMinLength"/> letters or more also match the indexed words one typo
    /// away, scored a little below an exact match; null when no word is long enough for that.
    /// </summary>
    private BooleanQuery? TextQuery(IReadOnlyList<string> words, IReadOnlyList<ContentLanguage> languages, IndexReader? typoVocabulary)
    {
        var all = new BooleanQuery();
        var anyFuzzy = false;
        foreach (var word in words)
        {
            var anyOf = new BooleanQuery();
            var fuzzy = typoVocabulary is not null && word.Length >= TypoMinLength;
            anyFuzzy |= fuzzy;
            foreach (var language in languages)
            {
                foreach (var token in Analysis.Tokens(_analyzers[language], word))
                {
                    var near = fuzzy ? TypoCandidates.Near(token) : null;
                    foreach (var (field, boost) in SearchFields.Weighted(language))
                    {
                        anyOf.Add(new TermQuery(new Term(field, token)) { Boost = boost }, Occur.SHOULD);
                        var nearWords = near is null ? [] : TypoCandidates.In(typoVocabulary!, field, near).Where(w => w != token);
                        foreach (var nearWord in nearWords)
                        {
                            anyOf.Add(new TermQuery(new Term(field, nearWord)) { Boost = boost * TypoBoost }, Occur.SHOULD);
                        }
                    }
                }
            }
            if (anyOf.Clauses.Count > 0)
            {
                all.Add(anyOf, Occur.MUST);
            }
        }
        return all.Clauses.Count == 0 || (typoVocabulary is not null && !anyFuzzy) ? null : all;
    }

    private QueryWrapperFilter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (request.Language is { } language)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Language, language.Code())), Occur.MUST);
        }
        AddTerm(filter, SearchFields.Section, request.Section);
        AddTerm(filter, SearchFields.Author, request.Author);
        AddTerm(filter, SearchFields.Tag, request.Tag);
        AddTerm(filter, SearchFields.Label, request.Label);
        if (request.From is not null || request.To is not null)
        {
            long? from = request.From is { } f ? StartOfDay(f) : null;
            long? to = request.To is { } t ? StartOfDay(t.AddDays(1)) : null;
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, from, to, minInclusive: true, maxInclusive: false), Occur.MUST);
        }
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    /// <summary>Dates are the newsroom's calendar days, as dates are shown on the site.</summary>
    private long StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, time.Zone.GetUtcOffset(local)).ToUnixTimeSeconds();
    }

    private static void AddTerm(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    private SearchHit ToHit(IndexSearcher searcher, int docId, Highlighting.QueryTerms terms)
    {
        var document = searcher.Doc(docId);
        var language = document.Get(SearchFields.Language, CultureInfo.InvariantCulture) == "en" ? ContentLanguage.En : ContentLanguage.Ru;
        var analyzer = _analyzers[language];
        var title = document.Get(SearchFields.DisplayTitle, CultureInfo.InvariantCulture) ?? "";
        var body = document.Get(SearchFields.Body(language), CultureInfo.InvariantCulture) ?? "";
        var dek = document.Get(SearchFields.DekStored, CultureInfo.InvariantCulture) ?? "";
        var titleHtml = Highlighting.Whole(terms, analyzer, SearchFields.Title(language), title);
        var snippet = Highlighting.Fragments(terms, analyzer, SearchFields.Body(language), body)
            ?? Highlighting.Fragments(terms, analyzer, SearchFields.Dek(language), dek)
            ?? Highlighting.Encode(dek.Length > 0 ? dek : Highlighting.Cut(body));
        var published = DateTimeOffset.FromUnixTimeSeconds(document.GetField(SearchFields.Published)?.GetInt64Value() ?? 0);
        return new SearchHit(
            int.Parse(document.Get(SearchFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            document.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? "/",
            titleHtml,
            snippet,
            document.Get(SearchFields.SectionName, CultureInfo.InvariantCulture) ?? "",
            published,
            language);
    }
}
