using System.Globalization;
using System.Text;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Demo.Corpus;

/// <summary>
/// Turns a story into a Markdown article by weaving its own paragraphs together with templates from the
/// section's and the newsroom's prose: lead, first paragraph, the quote, a background paragraph, the
/// remaining paragraphs, key figures, an expert's view, often under a subheading (in a column, more of the
/// author's argument instead), and a closing line.
/// </summary>
/// <remarks>
/// Templates are handed out in rotation, always one of the least used so far and never twice in one
/// article, so across the corpus each recurs as rarely as its pool allows; one without slots, which would
/// read the same everywhere, is not used in more than three articles. One writer per language; the shared
/// <see cref="Random"/> keeps the output the same on every run.
/// </remarks>
internal sealed class ArticleWriter(Random random, NewsroomProse newsroom)
{
    private const double ConnectiveChance = 0.35;

    /// <summary>A template without slots reads the same wherever it appears, so it may appear in only this many articles.</summary>
    private const int MaxVerbatimUses = 3;

    // Templates are string literals, so one template is one instance: comparing references is exact and
    // spares hashing hundreds of characters of text on every pick.
    private readonly Dictionary<string, int> _uses = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _usedInArticle = new(ReferenceEqualityComparer.Instance);

    public string Write(StoryText story, SectionProse section, string? label, string? outlet)
    {
        _usedInArticle.Clear();
        var opinion = label == Labels.Opinion;
        var analysis = label == Labels.Analysis;
        var slots = story.Slots;

        // The generic prose forms two paragraphs, one after the quote and one after the story's own
        // paragraphs; they are kept as sentences so that a short story can grow them instead of
        // gaining stray one-line paragraphs.
        var background = Background(section, slots, columnist: opinion, outlet);
        var commentary = opinion ? Background(section, slots, columnist: true, outlet: null) : ExpertView(section, slots);

        var before = new List<string> { story.Lead, story.Paragraphs[0], QuoteBlock(story.Quote) };
        var middle = new List<string>(story.Paragraphs.Skip(1));
        if (story.Figures.Count > 0)
        {
            middle.Add(Pick(newsroom.ListIntros));
            middle.Add(string.Join('\n', story.Figures.Select(figure => "- " + figure)));
        }
        if (!opinion && (analysis || random.Next(2) == 0))
        {
            middle.Add("## " + Pick(random.Next(2) == 0 ? section.Subheads : newsroom.Subheads));
        }
        var closing = Fill(Pick(opinion ? newsroom.OpinionClosings : section.Outlooks), slots);

        var targetWords = analysis ? random.Next(360, 390) : random.Next(300, 330);
        var words = before.Concat(middle).Concat(background).Concat(commentary).Append(closing).Sum(WordCounter.Count);
        for (var i = 0; words < targetWords; i++)
        {
            var sentence = Fill(opinion ? Pick(newsroom.OpinionTurns) : Connect(Pick(section.Context)), slots);
            (i % 2 == 0 ? background : commentary).Add(sentence);
            words += WordCounter.Count(sentence);
        }

        IEnumerable<string> blocks =
        [
            .. before, string.Join(' ', background), .. middle, string.Join(' ', commentary), closing,
        ];
        return string.Join("\n\n", blocks);
    }

    /// <summary>A third of the quotes stand out as Markdown block quotes; the rest stay in the running text.</summary>
    private string QuoteBlock(Quote quote)
    {
        var text = string.Format(CultureInfo.InvariantCulture, newsroom.QuoteFormat, quote.Text, quote.Attribution);
        return random.Next(3) == 0 ? "> " + text : text;
    }

    /// <summary>One or two background sentences; for a retelling, also a note on the source.</summary>
    /// <param name="columnist">Argue in the columnist's voice instead of giving the section's background.</param>
    /// <param name="outlet">The retold outlet, to mention once in the article.</param>
    private List<string> Background(SectionProse section, Slots slots, bool columnist, string? outlet)
    {
        var sentences = new List<string>();
        for (int i = 0, count = 1 + random.Next(2); i < count; i++)
        {
            // A columnist's turns are whole rhetorical moves; a connective in front would garble them.
            var template = columnist ? Pick(newsroom.OpinionTurns) : Pick(section.Context);
            sentences.Add(Fill(i > 0 && !columnist ? Connect(template) : template, slots));
        }
        if (outlet is not null)
        {
            sentences.Insert(1, Fill(Pick(newsroom.RetellingNotes), slots).Replace("{outlet}", outlet, StringComparison.Ordinal));
        }
        return sentences;
    }

    private List<string> ExpertView(SectionProse section, Slots slots)
    {
        var view = Fill(Pick(section.ExpertViews), slots).Replace("{expert}", Pick(section.Experts), StringComparison.Ordinal);
        return random.Next(2) == 0 ? [view] : [view, Fill(Pick(section.Context), slots)];
    }

    /// <summary>
    /// Now and then puts a connective in front of a template, lower-casing its first word unless it is an
    /// acronym ("ЕС", "IMF"). An article never repeats a connective; once all are used, sentences go without.
    /// </summary>
    private string Connect(string template)
    {
        var unused = newsroom.Connectives.Where(c => !_usedInArticle.Contains(c)).ToList();
        if (unused.Count == 0 || random.NextDouble() >= ConnectiveChance)
        {
            return template;
        }
        var connective = unused[random.Next(unused.Count)];
        _usedInArticle.Add(connective);
        var keepCase = template.Length > 1 && char.IsUpper(template[1]);
        return keepCase ? connective + template : connective + char.ToLowerInvariant(template[0]) + template[1..];
    }

    private static string Fill(string template, Slots slots)
    {
        var text = new StringBuilder(template)
            .Replace("{place}", slots.Place)
            .Replace("{body}", slots.Body)
            .Replace("{topic}", slots.Topic);
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    private string Pick(IReadOnlyList<string> templates)
    {
        var fresh = templates.Where(t => !_usedInArticle.Contains(t) && (HasSlots(t) || Uses(t) < MaxVerbatimUses)).ToList();
        if (fresh.Count == 0)
        {
            throw new InvalidOperationException(
                $"The prose pool starting \"{templates[0]}\" is used up; add templates or shorten the articles.");
        }
        var fewest = fresh.Min(Uses);
        var candidates = fresh.FindAll(t => Uses(t) == fewest);
        var pick = candidates[random.Next(candidates.Count)];
        _uses[pick] = fewest + 1;
        _usedInArticle.Add(pick);
        return pick;
    }

    private int Uses(string template) => _uses.GetValueOrDefault(template);

    private static bool HasSlots(string template) => template.Contains('{', StringComparison.Ordinal);
}
