namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>
/// Which characters of a Markdown draft the reader sees as quoted: inside a blockquote (a paragraph opened by "&gt;")
/// or between quotation marks, «…», “…”, „…“ or straight "…". A paragraph closes every mark left open in it, so one
/// stray quote cannot make the rest of the article a quotation.
/// </summary>
public static class MarkdownQuotations
{
    public static bool[] QuotedCharacters(string markdown)
    {
        var quoted = new bool[markdown.Length];
        var closers = new Stack<char>();
        var inBlockquote = false;
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.Length : lineEnd;
            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            var content = line.TrimStart(' ');
            if (content.Trim().IsEmpty)
            {
                // A blank line ends the paragraph, its quotation marks and any blockquote.
                closers.Clear();
                inBlockquote = false;
            }
            else if (line.Length - content.Length <= 3 && content[0] == '>')
            {
                inBlockquote = true;
            }
            // Otherwise a line continues its paragraph, blockquote or not (CommonMark's lazy continuation).
            for (var i = lineStart; i < lineEnd; i++)
            {
                var c = markdown[i];
                var isMark = true;
                if (closers.Count > 0 && c == closers.Peek())
                {
                    closers.Pop();
                }
                else if (Closer(c) is { } closer)
                {
                    closers.Push(closer);
                }
                else
                {
                    isMark = false;
                }
                quoted[i] = inBlockquote || closers.Count > 0 || isMark;
            }
            lineStart = lineEnd + 1;
        }
        return quoted;
    }

    /// <summary>
    /// The draft with each link's and image's target blanked out (same length, so offsets still point into the
    /// original): an address's pieces are not words of the text and would break a copied passage in two.
    /// </summary>
    public static string WithoutLinkTargets(string markdown)
    {
        var chars = markdown.ToCharArray();
        var searchFrom = 0;
        while ((searchFrom = markdown.IndexOf("](", searchFrom, StringComparison.Ordinal)) >= 0)
        {
            var close = markdown.IndexOfAny([')', '\n'], searchFrom + 2);
            if (close < 0 || markdown[close] == '\n')
            {
                searchFrom += 2;
                continue;
            }
            Array.Fill(chars, ' ', searchFrom + 1, close - searchFrom);
            searchFrom = close;
        }
        return new string(chars);
    }

    private static char? Closer(char opener) => opener switch
    {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '"' => '"',
        _ => null,
    };
}
