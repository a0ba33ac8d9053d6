using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// Marks the matched words with &lt;mark&gt;. Everything else is HTML-encoded here, so a snippet can be written to
/// the page as is: stored text never reaches the page unescaped.
/// </summary>
internal static class Highlighting
{
    private const int FragmentLength = 160;
    private const string Ellipsis = " … ";

    private static readonly MinimalHtmlEncoder Encoder = new();

    public static string Encode(string text) => Encoder.EncodeText(text);

    /// <summary>Escapes only what HTML needs escaped (Lucene's encoder also turns every Cyrillic letter into an entity).</summary>
    private sealed class MinimalHtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => System.Net.WebUtility.HtmlEncode(originalText);
    }

    /// <summary>The start of a long text, cut at a word.</summary>
    public static string Cut(string text)
    {
        if (text.Length <= FragmentLength * 2)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', FragmentLength * 2);
        return text[..(cut > 0 ? cut : FragmentLength * 2)] + "…";
    }

    /// <summary>The whole text with matches marked.</summary>
    public static string Whole(QueryTerms terms, Analyzer analyzer, string field, string text) =>
        Best(terms, analyzer, field, text, new NullFragmenter(), 1) ?? Encode(text);

    /// <summary>Up to two fragments around the matches; null when the field has none.</summary>
    public static string? Fragments(QueryTerms terms, Analyzer analyzer, string field, string text) =>
        Best(terms, analyzer, field, text, null, 2);

    /// <summary>
    /// The query's words per field, weighted by how rare they are in the index, worked out once per search. Built
    /// from the query for every hit and field, with a dictionary lookup per word for its rarity, they cost more than
    /// the marking itself. The queries are plain words (the typo-tolerant one included), so no positions are needed.
    /// </summary>
    public sealed class QueryTerms(Query query, IndexReader reader)
    {
        private readonly Dictionary<string, WeightedSpanTerm[]> _byField = [];

        public WeightedSpanTerm[] For(string field)
        {
            if (!_byField.TryGetValue(field, out var terms))
            {
                terms = [.. QueryTermExtractor.GetIdfWeightedTerms(query, reader, field).Select(t => new WeightedSpanTerm(t.Weight, t.Term))];
                _byField[field] = terms;
            }
            return terms;
        }
    }

    private static string? Best(QueryTerms terms, Analyzer analyzer, string field, string text, IFragmenter? fragmenter, int count)
    {
        var weighted = terms.For(field);
        if (text.Length == 0 || weighted.Length == 0)
        {
            return null;
        }
        var scorer = new QueryScorer(weighted);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, FragmentLength),
            MaxDocCharsToAnalyze = 50_000,
        };
        try
        {
            var fragments = highlighter.GetBestFragments(analyzer.GetTokenStream(field, text), text, count);
            return fragments.Length == 0 ? null : string.Join(Ellipsis, fragments.Select(f => f.Trim()));
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
