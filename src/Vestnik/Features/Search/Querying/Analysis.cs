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

    /// <summary>
    /// The terms of a piece of text by position, as a phrase must match them: a word read two ways ("стали") puts
    /// both readings at one position, and a left-out stop word leaves its position empty.
    /// </summary>
    public static List<(int Position, List<string> Terms)> TermsByPosition(Analyzer analyzer, string text)
    {
        var positions = new List<(int Position, List<string> Terms)>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                position += Math.Max(increment.PositionIncrement, 1);
                positions.Add((position, []));
            }
            positions[^1].Terms.Add(term.ToString());
        }
        stream.End();
        return positions;
    }
}
