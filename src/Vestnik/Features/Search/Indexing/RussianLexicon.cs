using System.Text;
using Lucene.Net.Analysis.Hunspell;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// The Russian Hunspell dictionary (<c>Dictionary/README.md</c>) that gives Russian words their dictionary form. It is
/// read once per process, on first use and never on the start path: building its automata takes one to two seconds
/// of CPU on a warm process (several on a cold one). The index opens it in the background (<see cref="SearchIndex.Open"/>),
/// so a search rarely waits for it.
/// </summary>
public sealed class RussianLexicon
{
    private const string AffixResource = "Vestnik.Search.ru_RU.aff";
    private const string WordsResource = "Vestnik.Search.ru_RU.dic";

    private static readonly Lazy<RussianLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Sorted hashes of the dictionary's headwords, lower-cased and ё-folded: 8 bytes a word.</summary>
    private readonly long[] _headwords;

    private RussianLexicon(Dictionary hunspell, long[] headwords)
    {
        Hunspell = hunspell;
        _headwords = headwords;
    }

    public static RussianLexicon Instance => Shared.Value;

    public Dictionary Hunspell { get; }

    /// <summary>
    /// Whether the word is a headword: every stem Hunspell gives is one, and a word it does not know (which it passes
    /// on unchanged) almost never is. Lucene does not say which of the two happened, so this tells them apart.
    /// </summary>
    public bool IsHeadword(char[] buffer, int length) => Array.BinarySearch(_headwords, Hash(buffer.AsSpan(0, length))) >= 0;

    private static RussianLexicon Load()
    {
        // The index folds "ё" into "е" before a word reaches the dictionary, so the dictionary is folded the same way;
        // words listed with both spellings ("объём", "объем") just merge.
        var affix = Folded(ReadResource(AffixResource));
        var words = Folded(ReadResource(WordsResource));
        using var affixStream = new MemoryStream(Encoding.UTF8.GetBytes(affix));
        using var wordsStream = new MemoryStream(Encoding.UTF8.GetBytes(words));
        var hunspell = new Dictionary(affixStream, [wordsStream], ignoreCase: true);
        return new RussianLexicon(hunspell, Headwords(words));
    }

    /// <summary>The first line of a .dic file is its word count; each other line is "word" or "word/FLAGS".</summary>
    private static long[] Headwords(string words)
    {
        var hashes = new List<long>(capacity: 150_000);
        foreach (var line in words.AsSpan().EnumerateLines())
        {
            var slash = line.IndexOf('/');
            var word = (slash < 0 ? line : line[..slash]).Trim();
            if (word.Length > 0 && !char.IsAsciiDigit(word[0]))
            {
                hashes.Add(Hash(word.ToString().ToLowerInvariant()));
            }
        }
        var sorted = hashes.Distinct().ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>FNV-1a over the UTF-16 code units: with 64 bits, an unknown word passes for one of 150,000 headwords
    /// with odds of about 10⁻¹⁴.</summary>
    private static long Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    private static string Folded(string text) => text.Replace('ё', 'е').Replace('Ё', 'Е');

    private static string ReadResource(string name)
    {
        using var stream = typeof(RussianLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
