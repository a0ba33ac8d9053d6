using System.Globalization;
using System.Text;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// Turns whatever a reader typed into plain words. Nothing is parsed as Lucene syntax: "title:(*", "AND OR NOT" and
/// "~~~" are letters and punctuation like any other, so no input can make a query fail or grow without bound.
/// </summary>
public static class QueryWords
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var input = text.Length > SearchRequest.MaxQueryLength ? text[..SearchRequest.MaxQueryLength] : text;
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in input.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || (rune.Value is '\'' or '’' or '-' && current.Length > 0);
            if (keep)
            {
                current.Append(rune.ToString());
            }
            else
            {
                Flush(current, words);
            }
            if (words.Count == SearchRequest.MaxWords)
            {
                return words;
            }
        }
        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        var word = current.ToString().Trim('\'', '’', '-');
        if (word.Length > 0 && words.Count < SearchRequest.MaxWords)
        {
            words.Add(word.Length > 60 ? word[..60] : word);
        }
        current.Clear();
    }
}
