using System.Text;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// A query typed with the keyboard in the other layout: the same keys of the Russian ЙЦУКЕН and the US QWERTY layout
/// (<c>ytanm</c> is <c>нефть</c>, <c>руддщ</c> is <c>hello</c>). Russian letters on punctuation keys
/// (<c>[</c> х, <c>;</c> ж, <c>'</c> э, <c>,</c> б, <c>.</c> ю, <c>`</c> ё) are converted too, so "yjds[" becomes
/// "новых": in a query they are far likelier letters than punctuation.
/// </summary>
public static class KeyboardLayout
{
    // The keys in the same order in both layouts, unshifted and then shifted.
    private const string LatinKeys = "`qwertyuiop[]asdfghjkl;'zxcvbnm,." + "~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>";
    private const string CyrillicKeys = "ёйцукенгшщзхъфывапролджэячсмитьбю" + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ";

    private static readonly Dictionary<char, char> ToCyrillic = Map(LatinKeys, CyrillicKeys);
    private static readonly Dictionary<char, char> ToLatin = Map(CyrillicKeys, LatinKeys);

    /// <summary>
    /// The text as the same keys give it in the other layout, or null when its letters are not all of one layout
    /// (Cyrillic and Latin mixed, or no letters at all): then there is nothing to switch.
    /// </summary>
    public static string? Switch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var latin = text.Any(char.IsAsciiLetter);
        var cyrillic = text.Any(c => char.IsLetter(c) && ToLatin.ContainsKey(c));
        if (latin == cyrillic)
        {
            return null;
        }
        var map = latin ? ToCyrillic : ToLatin;
        var switched = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switched.Append(map.TryGetValue(c, out var other) ? other : c);
        }
        return switched.ToString();
    }

    private static Dictionary<char, char> Map(string from, string to) =>
        from.Zip(to).ToDictionary(pair => pair.First, pair => pair.Second);
}
