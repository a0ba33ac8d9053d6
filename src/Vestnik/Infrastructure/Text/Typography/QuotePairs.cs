using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Text.Typography;

/// <summary>
/// Pairs the quotes of a paragraph and writes each pair in the language's style: «ёлочки» outside and „лапки“ inside in
/// Russian, “double” outside and ‘single’ inside in English. Whether a quote opens or closes is read from what stands
/// before it, not from its shape, so a text already in either style comes out the same. A paragraph whose quotes do not
/// pair up (a closing quote with nothing open, or one left open) is left alone rather than guessed at.
/// </summary>
internal static class QuotePairs
{
    private sealed record Style(string Quotes, string[] Open, string[] Close);

    private static readonly Style Russian = new("\"«»„“”", ["«", "„"], ["»", "“"]);
    private static readonly Style English = new("\"“”", ["“", "‘"], ["”", "’"]);

    public static IEnumerable<TextEdit> Find(string text, ContentLanguage language)
    {
        var style = language == ContentLanguage.Ru ? Russian : English;
        var edits = new List<TextEdit>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!style.Quotes.Contains(text[i]))
            {
                continue;
            }
            string quote;
            if (Opens(text, i, style))
            {
                quote = style.Open[Math.Min(depth, 1)];
                depth++;
            }
            else
            {
                if (depth == 0)
                {
                    return [];
                }
                depth--;
                quote = style.Close[Math.Min(depth, 1)];
            }
            if (text[i] != quote[0])
            {
                edits.Add(new TextEdit(i, 1, quote));
            }
        }
        return depth == 0 ? edits : [];
    }

    /// <summary>A quote at the start, after a space, a bracket, a dash, a slash or another opening quote opens.</summary>
    private static bool Opens(string text, int index, Style style)
    {
        if (index == 0)
        {
            return true;
        }
        var before = text[index - 1];
        return char.IsWhiteSpace(before) || "([{—–-/".Contains(before) || (style.Quotes.Contains(before) && Opens(text, index - 1, style));
    }
}
