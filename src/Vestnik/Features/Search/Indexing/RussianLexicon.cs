using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// The Russian Hunspell dictionary (<c>Dictionary/README.md</c>) that gives Russian words their dictionary form. It is
/// read once per process, on first use and never on the start path: building its automata takes about two seconds of
/// CPU. Opening the index starts the load in the background (<see cref="SearchIndex.Open"/>), so a search rarely waits
/// for it.
/// </summary>
public sealed class RussianLexicon
{
    private const string AffixResource = "Vestnik.Search.ru_RU.aff";
    private const string WordsResource = "Vestnik.Search.ru_RU.dic";

    /// <summary>Longer lines of the word list are not words (the list has none over 30 letters).</summary>
    private const int MaxWordLength = 64;

    /// <summary>
    /// How many words' readings are remembered. Looking a word up in Hunspell costs about 50 µs, a hundred times the
    /// light stemmer; news text is mostly its frequent words, so the first words met (which are the frequent ones)
    /// answer most lookups from memory. About 150 bytes a word: 4.3 MB when full.
    /// </summary>
    private const int MaxRemembered = 30_000;

    private static readonly Lazy<RussianLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Sorted hashes of the dictionary's headwords, lower-cased and ё-folded: 8 bytes a word.</summary>
    private readonly long[] _headwords;

    /// <summary>Hunspell behind Lucene's filter, over one word at a time.</summary>
    private readonly Analyzer _hunspell;

    /// <summary>
    /// The verbs whose past tense the dictionary lists as a headword of its own, by that headword ("рос": "расти",
    /// "вывез": "вывезти", "затих": "затихнуть"): an affix rule cannot change a root, so the past of a verb whose
    /// root alternates ("рос", "росла", "росли") reads as "рос", which no form of "расти" shares. About 450 words.
    /// </summary>
    private readonly Dictionary<string, string> _infinitiveOfPast;

    private readonly ConcurrentDictionary<string, string[]> _remembered = new();
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _rememberedBySpan;

    private RussianLexicon(Dictionary hunspell, long[] headwords, IEnumerable<string> pastHeadwords)
    {
        _headwords = headwords;
        _infinitiveOfPast = [];
        foreach (var past in pastHeadwords)
        {
            if (PastTense.InfinitiveCandidates(past).FirstOrDefault(IsHeadword) is { } infinitive)
            {
                _infinitiveOfPast[past] = infinitive;
            }
        }
        _hunspell = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new HunspellStemFilter(source, hunspell, dedup: true, longestOnly: false));
        });
        _rememberedBySpan = _remembered.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RussianLexicon Instance => Shared.Value;

    /// <summary>
    /// The headwords a lower-cased, ё-folded word form is a form of ("стали": "сталь", "стать"), or none when the
    /// dictionary does not know the word.
    /// </summary>
    public string[] Headwords(ReadOnlySpan<char> word)
    {
        // The dictionary lists Cyrillic words only: numbers and Latin words ("2026", "iphone") need no lookup.
        if (!word.ContainsAnyInRange('а', 'я'))
        {
            return [];
        }
        if (_rememberedBySpan.TryGetValue(word, out var known))
        {
            return known;
        }
        var text = word.ToString();
        var headwords = LookUp(text);
        if (_remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(text, headwords);
        }
        return headwords;
    }

    private string[] LookUp(string word)
    {
        var stems = new List<string>(2);
        using (var stream = _hunspell.GetTokenStream("", word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                stems.Add(term.ToString());
            }
            stream.End();
        }
        // Lucene passes a word it does not know on unchanged, without saying so; every stem it gives is a headword,
        // and a word it does not know almost never is.
        var unknown = stems is [var only] && only == word && !IsHeadword(word);
        if (unknown)
        {
            return [];
        }
        foreach (var stem in stems.ToList())
        {
            if (_infinitiveOfPast.TryGetValue(stem, out var infinitive) && !stems.Contains(infinitive))
            {
                stems.Add(infinitive);
            }
        }
        return [.. stems];
    }

    private bool IsHeadword(string word) => Array.BinarySearch(_headwords, Hash(word)) >= 0;

    private static RussianLexicon Load()
    {
        // The index folds "ё" into "е" before a word reaches the dictionary, so the dictionary is folded the same way;
        // words listed with both spellings ("объём", "объем") just merge.
        var affix = FoldedResource(AffixResource);
        var words = FoldedResource(WordsResource);
        using var affixStream = new MemoryStream(affix, writable: false);
        using var wordsStream = new MemoryStream(words, writable: false);
        var hunspell = new Dictionary(affixStream, [wordsStream], ignoreCase: true);
        var pastHeadwords = new List<string>();
        var hashes = HeadwordHashes(words, pastHeadwords);
        return new RussianLexicon(hunspell, hashes, pastHeadwords);
    }

    /// <summary>
    /// The first line of a .dic file is its word count; each other line is "word" or "word/FLAGS". Read straight from
    /// the UTF-8 bytes, with no string per word: what loading allocates stays on the heap as idle memory. The few
    /// headwords that are a verb's past tense are collected as strings into <paramref name="pastHeadwords"/>.
    /// </summary>
    private static long[] HeadwordHashes(byte[] words, List<string> pastHeadwords)
    {
        var hashes = new List<long>(capacity: 150_000);
        Span<char> word = stackalloc char[MaxWordLength];
        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var line in ((ReadOnlySpan<byte>)words).Split((byte)'\n'))
        {
            ReadOnlySpan<byte> entry = words.AsSpan(line);
            var slash = entry.IndexOf((byte)'/');
            var text = (slash < 0 ? entry : entry[..slash]).TrimEnd((byte)'\r');
            if (text.IsEmpty || char.IsAsciiDigit((char)text[0]) || text.Length > MaxWordLength)
            {
                continue;
            }
            var length = Encoding.UTF8.GetChars(text, word);
            word[..length].ToLowerInvariant(lower);
            hashes.Add(Hash(lower[..length]));
            if (slash >= 0 && entry[(slash + 1)..].Contains((byte)PastTense.Flag) && PastTense.IsPastHeadword(lower[..length]))
            {
                pastHeadwords.Add(lower[..length].ToString());
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

    /// <summary>
    /// The resource's UTF-8 bytes with "ё" and "Ё" turned into "е" and "Е" in place: each is two bytes, as is its
    /// replacement, and a lead byte (0xD0, 0xD1) never occurs inside another character.
    /// </summary>
    private static byte[] FoldedResource(string name)
    {
        using var stream = typeof(RussianLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == 0xD1 && bytes[i + 1] == 0x91)
            {
                (bytes[i], bytes[i + 1]) = ((byte)0xD0, (byte)0xB5);
            }
            else if (bytes[i] == 0xD0 && bytes[i + 1] == 0x81)
            {
                bytes[i + 1] = 0x95;
            }
        }
        return bytes;
    }
}
