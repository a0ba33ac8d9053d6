using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Search.Querying;

public sealed record HeadlineSuggestion(string Title, string Url);

/// <summary>
/// Headlines that contain the typed words, the last one as a prefix: completions for the search box. When the words
/// as typed complete nothing, the corrections of the search page are tried on the same vocabulary: the same keys in
/// the other keyboard layout, then each finished word (all but the last) spelled as "did you mean" would spell it.
/// </summary>
public sealed class HeadlineSuggestions(SearchIndex index)
{
    public const int Count = 8;
    private const int MinPrefixLength = 2;

    private static readonly Sort NewestFirst = new(new SortField(SearchFields.PublishedSort, SortFieldType.INT64, reverse: true));

    private readonly Lucene.Net.Analysis.Analyzer _words = NewsAnalyzers.Words();

    public IReadOnlyList<HeadlineSuggestion> Suggest(string? text, ContentLanguage? language)
    {
        var words = QueryWords.Split(text);
        if (words.Count == 0 || index.IsRebuilding)
        {
            return [];
        }
        Filter? filter = language is { } only
            ? new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Language, only.Code())))
            : null;

        var searcher = index.Acquire();
        try
        {
            var found = Find(searcher, words, filter);
            if (found.Count == 0 && KeyboardLayout.Switch(text) is { } switched)
            {
                found = Find(searcher, QueryWords.Split(switched), filter);
            }
            if (found.Count == 0 && words.Count > 1)
            {
                var vocabulary = new Vocabulary(searcher.IndexReader, _words);
                var corrected = words.Take(words.Count - 1).Select(w => Spelling.Correct(vocabulary, w) ?? w).Append(words[^1]).ToList();
                found = corrected.SequenceEqual(words) ? found : Find(searcher, corrected, filter);
            }
            return found;
        }
        catch (Exception exception) when (exception is IOException or CorruptIndexException)
        {
            index.MarkDamaged(exception);
            return [];
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private List<HeadlineSuggestion> Find(IndexSearcher searcher, IReadOnlyList<string> typed, Filter? filter)
    {
        var words = typed.SelectMany(w => Analysis.Tokens(_words, w)).ToList();
        if (words.Count == 0 || words[^1].Length < MinPrefixLength)
        {
            return [];
        }
        var query = new BooleanQuery();
        foreach (var word in words.Take(words.Count - 1))
        {
            query.Add(new TermQuery(new Term(SearchFields.HeadlineWords, word)), Occur.MUST);
        }
        query.Add(new PrefixQuery(new Term(SearchFields.HeadlineWords, words[^1])), Occur.MUST);
        return searcher.Search(query, filter, Count, NewestFirst).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(d => new HeadlineSuggestion(d.Get(SearchFields.DisplayTitle, CultureInfo.InvariantCulture) ?? "", d.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? "/"))
            .ToList();
    }
}
