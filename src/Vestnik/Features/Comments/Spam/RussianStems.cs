using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Vestnik.Features.Comments.Spam;

/// <summary>
/// Words of a text reduced to their Snowball stems, so "спамер", "спамера" and "спамерами" are one word to the
/// banned-word list and to the classifier. Latin words get the English stemmer.
/// </summary>
public static partial class RussianStems
{
    public static IEnumerable<string> Of(string text)
    {
        // The Snowball stemmers keep state between calls; one pair per call keeps this thread-safe.
        var russian = new RussianStemmer();
        var english = new EnglishStemmer();
        foreach (Match match in Word().Matches(text))
        {
            yield return Stem(match.Value.ToLowerInvariant().Replace('ё', 'е'), russian, english);
        }
    }

    public static string StemOf(string word) => Of(word).FirstOrDefault() ?? "";

    private static string Stem(string word, RussianStemmer russian, EnglishStemmer english)
    {
        if (word.Any(c => c is >= 'а' and <= 'я'))
        {
            russian.SetCurrent(word);
            russian.Stem();
            return russian.Current;
        }
        if (word.All(c => c is >= 'a' and <= 'z'))
        {
            english.SetCurrent(word);
            english.Stem();
            return english.Current;
        }
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
