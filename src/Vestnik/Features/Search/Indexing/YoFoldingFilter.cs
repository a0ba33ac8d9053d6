using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Folds "ё" into "е" (after lower-casing): Russian writes "е" for "ё" most of the time, so "Королёв" and "Королев"
/// are the same word to a reader.
/// </summary>
public sealed class YoFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public YoFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] == 'ё')
            {
                buffer[i] = 'е';
            }
        }
        return true;
    }
}
