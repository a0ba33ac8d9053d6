using System.Text;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Text.Typography;

/// <summary>What typography makes of a text, and how many replacements that took (0: the text was already right).</summary>
public sealed record TypesetText(string Text, int Fixes);

/// <summary>
/// Russian and English typography for headlines, deks and article Markdown: quotes in the language's style with the
/// inner pair nested, dashes, ellipses, and non-breaking spaces after short words, in numbers and between initials.
/// It runs on the server, so text from any source is held to the same rules as text typed in the editor, and it is
/// idempotent: typesetting its own output changes nothing. In Markdown only prose changes; code, URLs and
/// backslash-escaped characters stay as written.
/// </summary>
public static class Typographer
{
    public static TypesetText Plain(string text, ContentLanguage language) =>
        Apply(text, language, static t => [TextRun.Plain(t)]);

    public static TypesetText Markdown(string markdown, ContentLanguage language) =>
        Apply(markdown, language, MarkdownTextRuns.Of);

    /// <summary>Each rule sees the text as the rules before it left it, so the runs are found again after each one.</summary>
    private static TypesetText Apply(string source, ContentLanguage language, Func<string, IEnumerable<TextRun>> runsOf)
    {
        var fixes = 0;
        foreach (var rule in TypographyRules.InOrder)
        {
            var edits = new List<(int SourceStart, int Length, string Replacement)>();
            foreach (var run in runsOf(source))
            {
                foreach (var edit in rule(run.Text, language))
                {
                    if (run.SourceStart(edit.Start, edit.Length) is { } start)
                    {
                        edits.Add((start, edit.Length, edit.Replacement));
                    }
                }
            }
            if (edits.Count > 0)
            {
                (source, var applied) = Rewrite(source, edits);
                fixes += applied;
            }
        }
        return new TypesetText(source, fixes);
    }

    /// <summary>Applies the edits front to back; of two that overlap, the first wins.</summary>
    private static (string Text, int Applied) Rewrite(string source, List<(int SourceStart, int Length, string Replacement)> edits)
    {
        var text = new StringBuilder(source.Length + edits.Count);
        var at = 0;
        var applied = 0;
        foreach (var (start, length, replacement) in edits.OrderBy(e => e.SourceStart))
        {
            if (start < at)
            {
                continue;
            }
            text.Append(source, at, start - at).Append(replacement);
            at = start + length;
            applied++;
        }
        return (text.Append(source, at, source.Length - at).ToString(), applied);
    }
}
