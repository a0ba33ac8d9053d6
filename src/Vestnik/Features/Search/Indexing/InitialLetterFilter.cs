using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Passes on as written, marked as a keyword so the dictionary and the stemmers after it leave it alone, every word
/// that does not begin with one of the given letters. Marking a search hit's text needs the terms of only the words
/// that may be forms of the query's words, and a word form begins with its dictionary form's letter (suppletive
/// pairs such as "шла" and "идти" excepted, which are then not marked): the dictionary is asked about a few words of
/// a text instead of all of them.
/// </summary>
public sealed class InitialLetterFilter(TokenStream input, IReadOnlySet<char> initials) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IKeywordAttribute _keyword = input.AddAttribute<IKeywordAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_term.Length > 0 && !initials.Contains(_term.Buffer[0]))
        {
            _keyword.IsKeyword = true;
        }
        return true;
    }
}
