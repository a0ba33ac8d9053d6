namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// The words that say which story an article tells rather than what kind of story it is: names of people,
/// organisations and places (capitalised where a sentence does not start), and numbers, told by the original spelling
/// of each word the index's analysis reads (<see cref="ArticleWords"/>).
/// </summary>
public static class StoryIdentity
{
    /// <summary>
    /// A number, an abbreviation in capitals ("NASA", "ЦБ"), or a capitalised word inside a sentence. A capitalised
    /// first word of a sentence says nothing: "Police said" and "Moscow said" look alike there.
    /// </summary>
    internal static bool IsIdentity(string text, int start, int end)
    {
        if (start >= text.Length || end > text.Length || end - start < 2)
        {
            return false;
        }
        var word = text.AsSpan(start, end - start);
        if (char.IsDigit(word[0]))
        {
            return true;
        }
        if (!char.IsUpper(word[0]))
        {
            return false;
        }
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }
        return capitals > 1 || !StartsSentence(text, start);
    }

    private static bool StartsSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }
            if (char.IsWhiteSpace(c) || c is '«' or '"' or '“' or '„' or '\'' or '‘' or '(' or '—' or '–' or '-')
            {
                continue;
            }
            return c is '.' or '!' or '?' or '…' or ':';
        }
        return true;
    }
}
