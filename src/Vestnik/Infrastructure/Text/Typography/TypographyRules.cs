using System.Text.RegularExpressions;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Text.Typography;

/// <summary>A replacement a rule proposes in a run of text.</summary>
internal readonly record struct TextEdit(int Start, int Length, string Replacement);

/// <summary>
/// The typography of the two languages, as rules over plain text. The order matters: dashes are made before they are
/// spaced, quotes are paired after dashes so a dash before a quote opens it, and non-breaking spaces come last.
/// The editor's typing rules (frontend/editor/typography.js) make the same choices as the text is written.
/// </summary>
internal static partial class TypographyRules
{
    public const char NoBreakSpace = '\u00A0';

    public static IReadOnlyList<Func<string, ContentLanguage, IEnumerable<TextEdit>>> InOrder { get; } =
    [
        (text, _) => Replace(Ellipsis(), text, "…"),
        (text, _) => Replace(DoubleHyphen(), text, "—"),
        SpacedDash,
        QuotePairs.Find,
        (text, _) => Replace(Apostrophe(), text, "’"),
        (text, _) => SpaceAfter(Initial(), text),
        ShortWords,
        Numbers,
    ];

    /// <summary>A hyphen (in Russian also an en or em dash) between spaces is a dash: in Russian tied to the word
    /// before it, so a line never starts with it.</summary>
    private static IEnumerable<TextEdit> SpacedDash(string text, ContentLanguage language) => language == ContentLanguage.Ru
        ? Replace(SpacedDashRu(), text, NoBreakSpace + "— ")
        : Replace(SpacedHyphenEn(), text, " — ");

    /// <summary>Short words keep to the next word: Russian prepositions, conjunctions and particles of one or two
    /// letters (but «ли», «же», «бы», which keep to the word before them), English articles and "I".</summary>
    private static IEnumerable<TextEdit> ShortWords(string text, ContentLanguage language) => language == ContentLanguage.Ru
        ? SpaceAfter(ShortWordRu(), text).Concat(SpaceAfter(BeforeParticleRu(), text))
        : SpaceAfter(ShortWordEn(), text);

    /// <summary>Numbers stay whole: "12 500" with its groups, "№ 5", and in Russian "15 %" or "2024 г." with the unit.</summary>
    private static IEnumerable<TextEdit> Numbers(string text, ContentLanguage language)
    {
        var edits = SpaceAfter(NumberSign(), text);
        foreach (Match group in DigitGroups().Matches(text))
        {
            edits = edits.Concat(group.Value.Select((c, i) => (c, i)).Where(p => p.c == ' ')
                .Select(p => new TextEdit(group.Index + p.i, 1, NoBreakSpace.ToString())));
        }
        return language == ContentLanguage.Ru ? edits.Concat(SpaceAfter(NumberBeforeUnitRu(), text)) : edits;
    }

    private static IEnumerable<TextEdit> Replace(Regex pattern, string text, string replacement) =>
        pattern.Matches(text).Where(m => m.Value != replacement).Select(m => new TextEdit(m.Index, m.Length, replacement));

    /// <summary>The pattern's "space" group becomes a non-breaking space.</summary>
    private static IEnumerable<TextEdit> SpaceAfter(Regex pattern, string text) =>
        pattern.Matches(text).Select(m => m.Groups["space"]).Select(g => new TextEdit(g.Index, g.Length, NoBreakSpace.ToString()));

    [GeneratedRegex(@"(?<!\.)\.\.\.(?!\.)")]
    private static partial Regex Ellipsis();

    [GeneratedRegex("(?<!-)--(?!-)")]
    private static partial Regex DoubleHyphen();

    [GeneratedRegex(@"(?<=\S)[ \u00A0]+[-–—][ \u00A0]+")]
    private static partial Regex SpacedDashRu();

    [GeneratedRegex(@"(?<=\S)[ \u00A0]+-[ \u00A0]+")]
    private static partial Regex SpacedHyphenEn();

    [GeneratedRegex(@"(?<=\p{L})'(?=\p{L})")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}\.(?<space> )(?=\p{Lu})")]
    private static partial Regex Initial();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-’'])(?!(?:ли|ль|же|бы)\s)[а-яёА-ЯЁ]{1,2}(?<space> )(?=[\p{L}\p{N}«„(])")]
    private static partial Regex ShortWordRu();

    [GeneratedRegex(@"(?<=\p{L})(?<space> )(?:ли|ль|же|ж|бы|б)(?![\p{L}\p{N}])")]
    private static partial Regex BeforeParticleRu();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-’'])(?:a|an|the|A|An|The|I)(?<space> )(?=[\p{L}\p{N}“(])")]
    private static partial Regex ShortWordEn();

    [GeneratedRegex(@"[№§](?<space> )(?=\d)")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,]\d|\d)")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"\d(?<space> )(?:%|‰|°|₽|\$|€|млн|млрд|тыс|руб|км|кг|см|мм|м|г|л|ч|мин|сек)(?![\p{L}\p{N}])")]
    private static partial Regex NumberBeforeUnitRu();
}
