using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// The indexed words at most one typo (an edit or a swap of neighbours, first letter kept) from a query word, for the
/// typo-tolerant retry. The automaton of a word is built once and run over each field's vocabulary of the whole
/// index. Lucene's FuzzyQuery builds its automata again for every segment of every field, and again when the
/// highlighter rewrites it: that made a search with no exact match cost several normal ones.
/// </summary>
internal static class TypoCandidates
{
    /// <summary>The most frequent words kept per field, as FuzzyQuery's expansion limit did.</summary>
    public const int PerField = 20;

    private const int MaxScanned = 200;

    public static CompiledAutomaton Near(string token)
    {
        var prefixLength = char.IsHighSurrogate(token[0]) && token.Length > 1 ? 2 : 1;
        var rest = new LevenshteinAutomata(token[prefixLength..], withTranspositions: true).ToAutomaton(1);
        return new CompiledAutomaton(BasicOperations.Concatenate(BasicAutomata.MakeString(token[..prefixLength]), rest), finite: true, simplify: false);
    }

    public static IEnumerable<string> In(IndexReader reader, string field, CompiledAutomaton near)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }
        var matching = near.GetTermsEnum(terms);
        var found = new List<(string Word, int DocFreq)>();
        while (found.Count < MaxScanned && matching.MoveNext())
        {
            found.Add((matching.Term.Utf8ToString(), matching.DocFreq));
        }
        return found.OrderByDescending(f => f.DocFreq).Take(PerField).Select(f => f.Word);
    }
}
