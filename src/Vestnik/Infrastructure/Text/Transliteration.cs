using System.Globalization;
using System.Text;

namespace Vestnik.Infrastructure.Text;

/// <summary>
/// Turns names and headlines in any script into URL slugs. Cyrillic follows the BGN/PCGN
/// romanization with its apostrophes dropped (я → ya, й → y, х → kh, щ → shch), which is what
/// Russian newsrooms put in URLs: "Арестова Татьяна" → "arestova-tatyana". Two simplifications of BGN/PCGN, also
/// newsroom practice: е is e everywhere (not ye at the start of a word or after a vowel) and ё is yo (not ë).
/// Changing a letter changes new slugs only (an article's slug is stored when it is first published), but the
/// newsroom finds an existing tag by the slug of its name, so it would also split tags whose names contain it.
/// </summary>
public static class Transliteration
{
    public const int MaxSlugLength = 80;

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        // Ukrainian and Belarusian letters that appear in names of people and places.
        ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "w",
    };

    /// <summary>Latin transliteration of the text, case preserved only as lower case.</summary>
    public static string ToLatin(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (Cyrillic.TryGetValue(ch, out var latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A slug of ASCII letters, digits and single hyphens, at most <see cref="MaxSlugLength"/> long,
    /// cut at a word boundary. Returns an empty string when nothing usable is left (emoji-only titles).
    /// </summary>
    public static string ToSlug(string text)
    {
        var latin = RemoveDiacritics(ToLatin(text));
        var builder = new StringBuilder(latin.Length);
        var pendingHyphen = false;
        foreach (var ch in latin)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(ch);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return cut > 20 ? slug[..cut] : slug[..MaxSlugLength].TrimEnd('-');
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch switch { 'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'œ' => "oe", 'ł' => "l", _ => ch.ToString() });
            }
        }
        return builder.ToString();
    }
}
