using System.Globalization;
using System.Text;

namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>
/// A text as the words <see cref="VerbatimOverlap"/> compares: each word's id (equal ids, equal words after
/// normalisation) and where it stands in the text. A word is a run of letters, digits and combining marks, read by
/// code point so emoji and supplementary letters are whole; it is lower-cased with ё read as е, and invisible format
/// characters inside it (soft hyphens, direction marks pasted with the text) are skipped. Everything else (spaces,
/// punctuation, quotes, Markdown) separates words and is otherwise ignored.
/// </summary>
public sealed class WordSequence
{
    private readonly List<int> ids = [];
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];

    private WordSequence()
    {
    }

    public int Count => ids.Count;

    public int Id(int word) => ids[word];

    /// <summary>The character offset where the word begins.</summary>
    public int Start(int word) => starts[word];

    /// <summary>The character offset just after the word.</summary>
    public int End(int word) => ends[word];

    /// <summary>Reads <paramref name="text"/>, giving new words the next free id in <paramref name="vocabulary"/> (shared by the texts compared).</summary>
    public static WordSequence Read(string text, Dictionary<string, int> vocabulary)
    {
        var sequence = new WordSequence();
        var word = new StringBuilder();
        var start = -1;
        var end = 0;
        var index = 0;
        Span<char> letter = stackalloc char[2];
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || (start >= 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                start = start < 0 ? index : start;
                var lower = Rune.ToLowerInvariant(rune);
                var length = (lower.Value == 'ё' ? new Rune('е') : lower).EncodeToUtf16(letter);
                word.Append(letter[..length]);
                end = index + consumed;
            }
            else if (start >= 0 && category != UnicodeCategory.Format)
            {
                sequence.Add(word, start, end, vocabulary);
                start = -1;
            }
            index += consumed;
        }
        if (start >= 0)
        {
            sequence.Add(word, start, end, vocabulary);
        }
        return sequence;
    }

    /// <summary>A rolling hash of every run of <paramref name="size"/> words, by the run's first word.</summary>
    public ulong[] ShingleHashes(int size)
    {
        if (Count < size)
        {
            return [];
        }
        // Polynomial hash modulo 2^64: the multiplier's top power leaves the window as the next word enters.
        const ulong multiplier = 1_000_003;
        var top = 1UL;
        for (var k = 1; k < size; k++)
        {
            top *= multiplier;
        }
        var hashes = new ulong[Count - size + 1];
        var hash = 0UL;
        for (var w = 0; w < Count; w++)
        {
            if (w >= size)
            {
                hash -= (ulong)ids[w - size] * top;
            }
            hash = hash * multiplier + (ulong)ids[w];
            if (w >= size - 1)
            {
                hashes[w - size + 1] = hash;
            }
        }
        return hashes;
    }

    private void Add(StringBuilder word, int start, int end, Dictionary<string, int> vocabulary)
    {
        var key = word.ToString();
        word.Clear();
        if (!vocabulary.TryGetValue(key, out var id))
        {
            id = vocabulary.Count + 1;
            vocabulary.Add(key, id);
        }
        ids.Add(id);
        starts.Add(start);
        ends.Add(end);
    }
}
