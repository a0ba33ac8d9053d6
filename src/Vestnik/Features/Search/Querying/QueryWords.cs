using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// Turns whatever a reader typed into words, cut where the index cuts them: the same Unicode word-break tokenizer
/// the analyzers index with, so "36,5", "2.8" and "ВЭБ.РФ" stay one word on both sides and a headline finds its own
/// article. Nothing is parsed as Lucene syntax: "title:(*", "AND OR NOT" and "~~~" are letters and punctuation like
/// any other, so no input can make a query fail or grow without bound.
/// </summary>
public static class QueryWords
{
    private const int MaxWordLength = 60;

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var input = WithoutInvisibles(text.Length > SearchRequest.MaxQueryLength ? text[..SearchRequest.MaxQueryLength] : text);
        var words = new List<string>();
        using var tokenizer = new StandardTokenizer(NewsAnalyzers.Version, new StringReader(input));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (words.Count < SearchRequest.MaxWords && tokenizer.IncrementToken())
        {
            var word = term.ToString();
            words.Add(word.Length > MaxWordLength ? word[..MaxWordLength] : word);
        }
        tokenizer.End();
        return words;
    }

    /// <summary>
    /// Drops zero-width and other format characters (a zero-width space pasted with a headline, a soft hyphen), which
    /// the tokenizer would otherwise keep inside a word that the index holds without them.
    /// </summary>
    private static string WithoutInvisibles(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }
            kept.Append(category == UnicodeCategory.Control ? " " : rune.ToString());
        }
        return kept.ToString();
    }
}
