using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// The words the index holds as written (<see cref="SearchFields.Words"/>: lower-cased, ё folded, unstemmed), which
/// every correction draws from: the typo retry, the keyboard-layout switch, "did you mean" and the search box's
/// completions. A correction taken from here always exists in some article.
/// </summary>
internal sealed class Vocabulary(IndexReader reader, Analyzer wordsAnalyzer)
{
    public IndexReader Reader => reader;

    /// <summary>A typed word as the vocabulary spells it, or null when analysis leaves nothing of it.</summary>
    public string? Fold(string word) => Analysis.Tokens(wordsAnalyzer, word).FirstOrDefault();

    public bool Has(string folded) => reader.DocFreq(new Term(SearchFields.Words, folded)) > 0;

    /// <summary>How many of the typed words some article contains as written.</summary>
    public int Known(IEnumerable<string> words) => words.Count(w => Fold(w) is { } folded && Has(folded));

    /// <summary>The most frequent words one typo from a folded word (<see cref="TypoCandidates"/>), the word itself left out.</summary>
    public IReadOnlyList<string> Near(string folded) =>
        TypoCandidates.In(reader, SearchFields.Words, TypoCandidates.Near(folded)).Where(w => w != folded).ToList();
}
