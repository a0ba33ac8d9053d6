using System.Text;
using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Bench.Search;

/// <summary>
/// A reproducible synthetic newsroom: Russian and English articles of news length (a 10-word headline, a 25-word
/// dek, a 350-word body), with word frequencies following Zipf's law and each article leaning on one of 200 topics,
/// so that search and "Read also" face realistic posting lists.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const int VocabularySize = 40_000;
    private const int TopicCount = 200;
    private const int TopicWords = 150;
    private static readonly string[] Sections = ["politics", "economy", "world", "science", "culture", "sport", "society"];

    private readonly Language _ru;
    private readonly Language _en;

    public SyntheticCorpus(int seed = 2026)
    {
        _ru = new Language(new Random(seed), "бвгдзклмнпрстфхчш", "аеиоуыя");
        _en = new Language(new Random(seed + 1), "bcdfghklmnprstvwz", "aeiou");
    }

    /// <summary>Mid-frequency words of a language: what readers type into a search box.</summary>
    public string QueryWord(ContentLanguage language, Random random) =>
        (language == ContentLanguage.En ? _en : _ru).Words[random.Next(50, 5_000)];

    public IEnumerable<IndexableArticle> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var text = new StringBuilder(4_096);
        for (var id = 1; id <= count; id++)
        {
            var language = id % 2 == 0 ? ContentLanguage.En : ContentLanguage.Ru;
            var words = language == ContentLanguage.En ? _en : _ru;
            var topic = random.Next(TopicCount);
            var title = words.Sentence(text, random, topic, 10);
            var dek = words.Sentence(text, random, topic, 25);
            text.Clear();
            for (var sentence = 0; sentence < 25; sentence++)
            {
                text.Append(words.Sentence(new StringBuilder(), random, topic, 14)).Append(sentence % 5 == 4 ? "\n\n" : " ");
            }
            var tags = Enumerable.Range(0, 3).Select(i => words.Words[topic * 7 + i + 100]).Distinct().Select(t => (t, t)).ToList();
            yield return new IndexableArticle(
                id, language, title, title, dek, text.ToString(), $"/articles/a-{id}",
                Sections[topic % Sections.Length], Sections[topic % Sections.Length],
                [$"author-{random.Next(40)}"], tags, [], start.AddMinutes(id * 15), null, null);
        }
    }

    private sealed class Language
    {
        private readonly double[] _cumulative;
        private readonly int[][] _topics;

        public Language(Random random, string consonants, string vowels)
        {
            var words = new HashSet<string>();
            var word = new StringBuilder();
            while (words.Count < VocabularySize)
            {
                word.Clear();
                var syllables = 1 + random.Next(4) + (random.Next(3) == 0 ? 1 : 0);
                for (var s = 0; s < syllables; s++)
                {
                    word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
                }
                words.Add(word.ToString());
            }
            Words = words.ToArray();
            _cumulative = new double[VocabularySize];
            var total = 0.0;
            for (var rank = 0; rank < VocabularySize; rank++)
            {
                total += 1.0 / (rank + 1);
                _cumulative[rank] = total;
            }
            _topics = Enumerable.Range(0, TopicCount)
                .Select(_ => Enumerable.Range(0, TopicWords).Select(_ => random.Next(300, VocabularySize)).ToArray())
                .ToArray();
        }

        public string[] Words { get; }

        public string Sentence(StringBuilder text, Random random, int topic, int length)
        {
            text.Clear();
            for (var i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }
                var next = random.Next(10) < 3 ? Words[_topics[topic][random.Next(TopicWords)]] : Words[Zipf(random)];
                text.Append(i == 0 ? char.ToUpperInvariant(next[0]) + next[1..] : next);
            }
            return text.Append('.').ToString();
        }

        private int Zipf(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return index < 0 ? Math.Min(~index, VocabularySize - 1) : index;
        }
    }
}
