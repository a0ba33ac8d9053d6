using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Querying;

internal static class Analysis
{
    /// <summary>The terms an analyzer makes of a piece of text, as the index holds them.</summary>
    public static List<string> Tokens(Analyzer analyzer, string text, string field = "")
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
