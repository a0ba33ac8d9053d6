using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Marks the dictionary's headwords as keywords, so the stemmer after it only stems the words the dictionary did not
/// know: <see cref="Lucene.Net.Analysis.Hunspell.HunspellStemFilter"/> turns a known word into its headword, and passes
/// an unknown word on unchanged without saying so.
/// </summary>
public sealed class HeadwordMarkerFilter : KeywordMarkerFilter
{
    private readonly RussianLexicon _lexicon;
    private readonly ICharTermAttribute _term;

    public HeadwordMarkerFilter(TokenStream input, RussianLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword() => _lexicon.IsHeadword(_term.Buffer, _term.Length);
}
