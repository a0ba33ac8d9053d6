using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Adds, at the same position, the base of a word shaped like a Russian surname in "-ов", "-ев", "-ин" or "-ын":
/// "Пескову", "Песковым" and "Пескова" all add "песков", "Набиуллиной" adds "набиуллин". The dictionary does not list
/// most surnames, and the forms it does know it often reads as other words: "Песков" as the genitive plural of "песок",
/// "Лавровым" as a form of "лавровый". The base is marked as a keyword, so neither the dictionary nor the stemmer
/// after this filter changes it. A common word of the same shape ("голову" adds "голов") mostly adds a term its own
/// forms already share.
/// </summary>
public sealed class SurnameFormFilter : TokenFilter
{
    /// <summary>Case endings of such surnames, male, female and plural, longest first; "" is the male nominative.</summary>
    private static readonly string[] CaseEndings = ["ыми", "ых", "ым", "ой", "ою", "а", "у", "е", "ы", ""];

    private static readonly string[] Suffixes = ["ов", "ев", "ин", "ын"];

    /// <summary>Letters a surname has before its suffix, so that short words ("нов", "вина") are left alone.</summary>
    private const int MinRootLength = 2;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private State? _word;
    private int _baseLength;

    public SurnameFormFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_word is not null)
        {
            RestoreState(_word);
            _word = null;
            _term.Length = _baseLength;
            _position.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!_keyword.IsKeyword && SurnameBaseLength(_term.Buffer.AsSpan(0, _term.Length)) is { } length)
        {
            _word = CaptureState();
            _baseLength = length;
        }
        return true;
    }

    /// <summary>The length of the word without its case ending, when it has the shape of a surname.</summary>
    internal static int? SurnameBaseLength(ReadOnlySpan<char> word)
    {
        foreach (var ending in CaseEndings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = word[..^ending.Length];
            foreach (var suffix in Suffixes)
            {
                if (stem.Length >= MinRootLength + suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return stem.Length;
                }
            }
        }
        return null;
    }

    public override void Reset()
    {
        base.Reset();
        _word = null;
    }
}
