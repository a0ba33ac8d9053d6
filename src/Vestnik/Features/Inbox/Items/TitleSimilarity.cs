using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Inbox.Items;

/// <summary>Word-level comparison of headlines and summaries, for near-duplicates and story clusters.</summary>
public static partial class TitleSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from", "as", "is", "are",
        "was", "were", "be", "been", "it", "its", "that", "this", "after", "over", "says", "said", "new", "has", "have",
        "will", "not", "but", "his", "her", "their", "they", "he", "she", "we", "you", "who", "what", "how", "why",
        "и", "в", "во", "на", "с", "со", "по", "о", "об", "от", "до", "из", "за", "для", "не", "что", "как", "это",
        "к", "у", "же", "а", "но", "или", "его", "ее", "их",
        "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "im", "mit", "von", "zu", "ist",
        "le", "la", "les", "de", "du", "des", "et", "un", "une", "en", "au", "aux", "el", "los", "las", "y", "del",
    };

    /// <summary>
    /// Lower-case words, punctuation dropped, diacritics kept, without the "UPDATE:"/"LIVE:" labels outlets put in
    /// front of a re-sent story; the form stored for near-duplicate checks.
    /// </summary>
    public static string Key(string title)
    {
        title = StoryLabel().Replace(title, "");
        var builder = new StringBuilder(title.Length);
        var lastWasSpace = true;
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                lastWasSpace = false;
            }
            else if (!lastWasSpace && c is not '\'' and not '’')
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>Content words of a text, each cut to a crude stem (its first six letters), so "election"/"elections" match.</summary>
    public static HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 3 && !char.IsDigit(word[0]) || StopWords.Contains(word))
            {
                continue;
            }
            terms.Add(word.Length > 6 ? word[..6] : word);
        }
        return terms;
    }

    /// <summary>Jaccard similarity of the word sets of two keys: 1 for the same words in any order.</summary>
    public static double NearDuplicate(string keyA, string keyB)
    {
        if (keyA == keyB)
        {
            return 1;
        }
        var a = keyA.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var b = keyB.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Overlap of two term sets relative to the smaller one, and how many terms they share.</summary>
    public static (double Overlap, int Shared) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }
        var shared = a.Count(b.Contains);
        return ((double)shared / Math.Min(a.Count, b.Count), shared);
    }

    [GeneratedRegex(@"^\s*(updated?|breaking|live|watch|video|exclusive|срочно|обновлено|видео)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StoryLabel();
}
