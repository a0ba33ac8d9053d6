using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Replaces each Russian word the dictionary knows by its dictionary form (headword), marked as a keyword so the
/// stemmer after this filter leaves it alone; a word read two ways gets both headwords at the same position. A word
/// the dictionary does not know passes on unmarked, for the stemmer.
/// </summary>
public sealed class DictionaryFormFilter : TokenFilter
{
    private readonly RussianLexicon _lexicon;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private string[] _pending = [];
    private int _next;
    private State? _word;

    public DictionaryFormFilter(TokenStream input, RussianLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(_pending[_next++]);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_keyword.IsKeyword)
        {
            return true;
        }
        var headwords = _lexicon.Headwords(_term.Buffer.AsSpan(0, _term.Length));
        if (headwords.Length == 0)
        {
            return true;
        }
        _term.SetEmpty().Append(headwords[0]);
        _keyword.IsKeyword = true;
        _pending = headwords;
        _next = 1;
        _word = headwords.Length > 1 ? CaptureState() : null;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _word = null;
    }
}
