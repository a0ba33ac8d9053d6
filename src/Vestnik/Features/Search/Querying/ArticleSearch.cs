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
    bool IndexRebuilding,
    bool Partial = false,
    string? LayoutSwitchedTo = null)
{
    public static SearchResults Empty(bool rebuilding) => new([], 0, 1, 0, null, false, rebuilding);

    /// <summary>Found with every word as typed (or as its word forms), no typo allowance and no word left out.</summary>
    public bool Exact => Total > 0 && !TypoTolerant && !Partial;
}

/// <summary>
/// Full-text search over the index: every word must match in some field (title counts most, then dek, tags and
/// body), each language's fields analysed in that language, and the words standing together in a title count extra.
/// When nothing matches exactly, words of five or more letters may be one typo off, judged on the word as typed
/// against the index's vocabulary, so a typo in the ending counts as one; when still nothing matches, the articles
/// with all the words but one are shown, so one stray word does not empty the page. A query typed in the other
/// keyboard layout is searched as switched when that is what the vocabulary knows. A "did you mean" is offered from
/// the same vocabulary.
/// </summary>
public sealed class ArticleSearch(SearchIndex index, NewsroomTime time)
{
    private const int TypoMinLength = 5;
    private const float TypoBoost = 0.7f;

    /// <summary>The query's words together in a title, give or take a left-out stop word.</summary>
    private const float TitlePhraseBoost = 3f;
    private const int TitlePhraseSlop = 1;

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
            var vocabulary = new Vocabulary(searcher.IndexReader, _words);
            var typed = Find(searcher, vocabulary, request, words);
            if (request.AsTyped || typed?.Exact == true || KeyboardLayout.Switch(request.Text) is not { } switched)
            {
                return typed ?? SearchResults.Empty(index.IsRebuilding);
            }
            // The other layout is tried when the vocabulary knows more of the switched words than of the typed ones
            // (then a typo-tolerant or partial match was a lucky accident), or when the typed words found nothing
            // and the vocabulary knows none of them. A query of known words that finds nothing (rare words together,
            // a filter) is not searched a second time.
            var switchedWords = QueryWords.Split(switched);
            var knownTyped = vocabulary.Known(words);
            if (vocabulary.Known(switchedWords) <= knownTyped && (typed is { Total: > 0 } || knownTyped > 0))
            {
                return typed ?? SearchResults.Empty(index.IsRebuilding);
            }
            var other = Find(searcher, vocabulary, request with { Text = switched }, switchedWords);
            return other is { Total: > 0 }
                ? other with { LayoutSwitchedTo = string.Join(' ', switchedWords) }
                : typed ?? SearchResults.Empty(index.IsRebuilding);
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

    /// <summary>One search of the words: exact, then typo-tolerant, then all but one; null when only stop words were typed.</summary>
    private SearchResults? Find(IndexSearcher searcher, Vocabulary vocabulary, SearchRequest request, IReadOnlyList<string> words)
    {
        var languages = request.Language is { } only ? [only] : new[] { ContentLanguage.Ru, ContentLanguage.En };
        var exactWords = WordQueries(words, languages, typoVocabulary: null);
        var exact = exactWords.Count == 0 ? null : AllOf(exactWords, words, languages);
        if (words.Count > 0 && exact is null)
        {
            // Only stop words ("и", "the"): nothing meaningful to look for.
            return null;
        }

        var filter = Filter(request);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var wanted = page * SearchRequest.PageSize;
        var query = (Query?)exact ?? new MatchAllDocsQuery();
        var top = Run(searcher, query, filter, wanted, request.Sort == SearchSort.Date || exact is null);
        var typoTolerant = false;
        var partial = false;
        if (top.TotalHits == 0 && exact is not null)
        {
            var tolerantWords = WordQueries(words, languages, vocabulary);
            if (tolerantWords.Any(w => w.Fuzzy))
            {
                query = AllOf(tolerantWords, words, languages);
                top = Run(searcher, query, filter, wanted, request.Sort == SearchSort.Date);
                typoTolerant = top.TotalHits > 0;
            }
            if (top.TotalHits == 0 && tolerantWords.Count >= 2)
            {
                query = AllButOneOf(tolerantWords, words, languages);
                top = Run(searcher, query, filter, wanted, request.Sort == SearchSort.Date);
                partial = top.TotalHits > 0;
                typoTolerant = partial && tolerantWords.Any(w => w.Fuzzy);
            }
        }
        var didYouMean = words.Count > 0 && (top.TotalHits == 0 || typoTolerant || partial)
            ? Spelling.Suggest(vocabulary, words)
            : null;

        var totalPages = (top.TotalHits + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
        var terms = new Highlighting.QueryTerms(query, searcher.IndexReader);
        var hits = top.ScoreDocs
            .Skip((page - 1) * SearchRequest.PageSize)
            .Select(hit => ToHit(searcher, hit.Doc, terms))
            .ToList();
        return new SearchResults(hits, top.TotalHits, page, totalPages, didYouMean, typoTolerant, index.IsRebuilding, partial);
    }

    private static TopDocs Run(IndexSearcher searcher, Query query, Filter? filter, int wanted, bool newestFirst) =>
        newestFirst ? searcher.Search(query, filter, wanted, NewestFirst) : searcher.Search(query, filter, wanted);

    /// <summary>What one query word may match: any weighted field of any searched language.</summary>
    private sealed record WordQuery(BooleanQuery AnyField, bool Fuzzy);

    /// <summary>
    /// One query per word that analysis leaves (stop words leave nothing). With a vocabulary to look typos up in,
    /// words of <see cref="TypoMinLength"/> letters or more also match, scored a little below an exact match, the
    /// indexed words one typo away from the word as typed, analysed as the field analyses them (a typo in the ending
    /// is then still one typo), and the indexed stems one typo away from the word's stem (a typo in a word form no
    /// article has).
    /// </summary>
    private List<WordQuery> WordQueries(IReadOnlyList<string> words, IReadOnlyList<ContentLanguage> languages, Vocabulary? typoVocabulary)
    {
        var queries = new List<WordQuery>();
        foreach (var word in words)
        {
            var anyOf = new BooleanQuery();
            var fuzzy = typoVocabulary is not null && word.Length >= TypoMinLength;
            var nearWords = fuzzy && typoVocabulary!.Fold(word) is { } folded ? typoVocabulary.Near(folded) : [];
            foreach (var language in languages)
            {
                var analyzer = _analyzers[language];
                var tokens = Analysis.Tokens(analyzer, word);
                var nearWordStems = nearWords.SelectMany(w => Analysis.Tokens(analyzer, w)).Except(tokens).ToHashSet();
                foreach (var token in tokens)
                {
                    var near = fuzzy ? TypoCandidates.Near(token) : null;
                    foreach (var (field, boost) in SearchFields.Weighted(language))
                    {
                        anyOf.Add(new TermQuery(new Term(field, token)) { Boost = boost }, Occur.SHOULD);
                        var nearStems = near is null ? [] : TypoCandidates.In(typoVocabulary!.Reader, field, near).Where(w => w != token);
                        foreach (var nearStem in nearStems.Union(nearWordStems))
                        {
                            anyOf.Add(new TermQuery(new Term(field, nearStem)) { Boost = boost * TypoBoost }, Occur.SHOULD);
                        }
                    }
                }
            }
            if (anyOf.Clauses.Count > 0)
            {
                queries.Add(new WordQuery(anyOf, fuzzy));
            }
        }
        return queries;
    }

    /// <summary>Every word must match.</summary>
    private BooleanQuery AllOf(List<WordQuery> wordQueries, IReadOnlyList<string> words, IReadOnlyList<ContentLanguage> languages)
    {
        var all = new BooleanQuery();
        foreach (var word in wordQueries)
        {
            all.Add(word.AnyField, Occur.MUST);
        }
        AddTitlePhrase(all, words, languages);
        return all;
    }

    /// <summary>All words but one must match: the best partial matches, ranked by how many and which words they have.</summary>
    private BooleanQuery AllButOneOf(List<WordQuery> wordQueries, IReadOnlyList<string> words, IReadOnlyList<ContentLanguage> languages)
    {
        var most = new BooleanQuery { MinimumNumberShouldMatch = wordQueries.Count - 1 };
        foreach (var word in wordQueries)
        {
            most.Add(word.AnyField, Occur.SHOULD);
        }
        var query = new BooleanQuery { { most, Occur.MUST } };
        AddTitlePhrase(query, words, languages);
        return query;
    }

    /// <summary>
    /// Scores up (never filters) a title holding the query's words in the order typed. Each position takes any of its
    /// word's readings, as the title was indexed: a word read two ways ("стали": "сталь", "стать") must not break
    /// the phrase.
    /// </summary>
    private void AddTitlePhrase(BooleanQuery query, IReadOnlyList<string> words, IReadOnlyList<ContentLanguage> languages)
    {
        if (words.Count < 2)
        {
            return;
        }
        foreach (var language in languages)
        {
            var positions = Analysis.TermsByPosition(_analyzers[language], string.Join(' ', words));
            if (positions.Count < 2)
            {
                continue;
            }
            var field = SearchFields.Title(language);
            var phrase = new MultiPhraseQuery { Slop = TitlePhraseSlop, Boost = TitlePhraseBoost };
            foreach (var (position, terms) in positions)
            {
                phrase.Add([.. terms.Select(t => new Term(field, t))], position);
            }
            query.Add(phrase, Occur.SHOULD);
        }
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
