namespace Vestnik.Infrastructure.Text;

/// <summary>Words as a reader counts them, for reading time: dashes, list markers and heading marks are not words.</summary>
public static class WordCounter
{
    /// <remarks>One pass without allocating: it runs on every uncached article page.</remarks>
    public static int Count(string text)
    {
        var count = 0;
        var counted = false; // whether the current whitespace-delimited token has been counted
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                counted = false;
            }
            else if (!counted && char.IsLetterOrDigit(ch))
            {
                count++;
                counted = true;
            }
        }
        return count;
    }
}
