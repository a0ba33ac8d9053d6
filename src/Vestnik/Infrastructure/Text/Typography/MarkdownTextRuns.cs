using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Vestnik.Infrastructure.Text.Typography;

/// <summary>
/// Finds the prose in article Markdown: the literal text of each paragraph, heading and table cell. Code, link
/// destinations, autolinks, bare URLs, entities and backslash-escaped characters are not prose, so typography never
/// touches them; an escaped <c>\"</c> is how a writer keeps a straight quote.
/// </summary>
internal static class MarkdownTextRuns
{
    // The same syntax the renderer reads (MarkdownRenderer), so what is prose here is what readers see as text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    public static IEnumerable<TextRun> Of(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null && Run(markdown, block.Inline) is { } run)
            {
                yield return run;
            }
        }
    }

    private static TextRun? Run(string source, ContainerInline inline)
    {
        var text = new StringBuilder();
        var indexes = new List<int>();
        var previousEnd = -1;
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            if (literal.IsFirstCharacterEscaped || IsInsideAutoLink(literal) || SourceOf(source, literal) is not { } start)
            {
                continue;
            }
            var length = literal.Content.Length;
            if (previousEnd >= 0 && source.AsSpan(previousEnd, Math.Max(0, start - previousEnd)).ContainsAny('\r', '\n'))
            {
                // A line break inside a paragraph reads as a space; other markup between two pieces of text (emphasis
                // marks, a link's address) reads as nothing.
                text.Append(' ');
                indexes.Add(TextRun.Unmapped);
            }
            text.Append(source, start, length);
            for (var i = 0; i < length; i++)
            {
                indexes.Add(start + i);
            }
            previousEnd = start + length;
        }
        return text.Length == 0 ? null : new TextRun(text.ToString(), indexes.ToArray());
    }

    /// <summary>Where the literal's text stands in the source; a table cell's span also covers the spaces around it.
    /// Entities and other text the source spells differently have none.</summary>
    private static int? SourceOf(string source, LiteralInline literal)
    {
        var span = literal.Span;
        if (span.Start < 0 || span.Length <= 0 || span.Start + span.Length > source.Length)
        {
            return null;
        }
        var offset = source.AsSpan(span.Start, span.Length).IndexOf(literal.Content.AsSpan());
        return offset < 0 || literal.Content.Length == 0 ? null : span.Start + offset;
    }

    private static bool IsInsideAutoLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsAutoLink: true })
            {
                return true;
            }
        }
        return false;
    }
}
