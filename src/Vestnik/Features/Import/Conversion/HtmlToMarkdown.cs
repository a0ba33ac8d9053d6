using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.Features.Import.Conversion;

/// <summary>
/// Writes another system's article HTML as our Markdown, element by element, for the elements a news site renders.
/// What has no Markdown form (scripts, styles, frames, forms, attributes) is left behind; the result is rendered by
/// the same sanitizing <see cref="MarkdownRenderer"/> as a typed article, so nothing here is trusted for safety.
/// </summary>
public static class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "input", "button", "select",
        "textarea", "svg", "math", "canvas", "video", "audio", "source", "track", "map", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "address", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "hr", "figure", "figcaption",
        "dl", "dt", "dd", "center", "body",
    };

    /// <summary>Parses the HTML once, for <see cref="ImageSources"/> and <see cref="Convert"/>.</summary>
    public static IElement Parse(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html).Body!;

    /// <summary>Every image address in the body, so the caller can bring the files into the media library first.</summary>
    public static IReadOnlyList<string> ImageSources(IElement body) =>
        body.QuerySelectorAll("img").Select(i => (i.GetAttribute("src") ?? "").Trim()).Where(s => s.Length > 0).Distinct().ToList();

    /// <param name="libraryAddress">The address of an image's library rendition, or null when it is not in the library.</param>
    public static string Convert(IElement body, Func<string, string?> libraryAddress) =>
        new Writer(libraryAddress).Document(body);

    /// <summary>Shortcut for text with no library images.</summary>
    public static string ToMarkdown(string html) => Convert(Parse(html), _ => null);

    private sealed class Writer(Func<string, string?> libraryAddress)
    {
        public string Document(IElement body) => string.Join("\n\n", BlocksOf(body.ChildNodes)).Trim('\n');

        /// <summary>The blocks of a container; runs of inline content between blocks become paragraphs.</summary>
        private List<string> BlocksOf(IEnumerable<INode> nodes)
        {
            var blocks = new List<string>();
            var inline = new StringBuilder();
            void Flush()
            {
                var paragraph = TrimLines(inline.ToString());
                if (paragraph.Length > 0)
                {
                    blocks.Add(EscapeLineStart(paragraph));
                }
                inline.Clear();
            }
            foreach (var node in nodes)
            {
                if (node is IElement element && IsBlock(element))
                {
                    Flush();
                    blocks.AddRange(Block(element).Where(b => b.Length > 0));
                }
                else
                {
                    inline.Append(Inline(node));
                }
            }
            Flush();
            return blocks;
        }

        private static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName) || IsFigure(element);

        private static bool IsFigure(IElement element) => element.LocalName == "figure";

        private List<string> Block(IElement element)
        {
            var name = element.LocalName;
            if (Dropped.Contains(name))
            {
                return [];
            }
            return name switch
            {
                "h1" or "h2" => [Heading(2, element)],
                "h3" or "h4" or "h5" or "h6" => [Heading(name[1] - '0', element)],
                "ul" or "ol" => [List(element)],
                "blockquote" => [Quote(BlocksOf(element.ChildNodes), HasClass(element, "wp-block-pullquote") || element.ParentElement is { } parent && HasClass(parent, "wp-block-pullquote"))],
                "pre" => [Code(element)],
                "table" => [Table(element)],
                "hr" => ["---"],
                "figure" => Figure(element),
                // A paragraph, a division or any other container: its content.
                _ => BlocksOf(element.ChildNodes),
            };
        }

        private string Heading(int level, IElement element)
        {
            var text = OneLine(InlineOf(element.ChildNodes));
            return text.Length == 0 ? "" : new string('#', level) + " " + text;
        }

        private string List(IElement list)
        {
            var ordered = list.LocalName == "ol";
            var number = int.TryParse(list.GetAttribute("start"), out var start) && start is >= 0 and < 1_000_000 ? start : 1;
            var items = new List<string>();
            foreach (var item in list.Children.Where(c => c.LocalName == "li"))
            {
                var marker = ordered ? $"{number++}. " : "- ";
                var content = string.Join("\n\n", BlocksOf(item.ChildNodes));
                if (content.Length == 0)
                {
                    continue;
                }
                var indent = new string(' ', marker.Length);
                items.Add(marker + content.Replace("\n", "\n" + indent, StringComparison.Ordinal).Replace("\n" + indent + "\n", "\n\n", StringComparison.Ordinal));
            }
            return string.Join("\n", items);
        }

        private static string Quote(List<string> blocks, bool pull)
        {
            var prefix = pull ? "> > " : "> ";
            var text = string.Join("\n\n", blocks);
            return text.Length == 0 ? "" : string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? prefix.TrimEnd() : prefix + line));
        }

        private static string Code(IElement pre)
        {
            var code = pre.QuerySelector("code");
            var text = (code ?? pre).TextContent.Trim('\n');
            var language = (code?.ClassList ?? pre.ClassList).Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c[9..] : null)
                .OfType<string>().FirstOrDefault(l => l.Length > 0 && l.All(char.IsAsciiLetterOrDigit)) ?? "";
            var fence = "```";
            while (text.Contains(fence, StringComparison.Ordinal))
            {
                fence += "`";
            }
            return $"{fence}{language}\n{text}\n{fence}";
        }

        private string Table(IElement table)
        {
            var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table)
                .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").Select(c => OneLine(InlineOf(c.ChildNodes))).ToList())
                .Where(r => r.Count > 0)
                .ToList();
            if (rows.Count == 0)
            {
                return "";
            }
            var width = rows.Max(r => r.Count);
            string Row(List<string> cells) => "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", width - cells.Count))) + " |";
            var lines = new List<string> { Row(rows[0]), "|" + string.Concat(Enumerable.Repeat(" --- |", width)) };
            lines.AddRange(rows.Skip(1).Select(Row));
            return string.Join("\n", lines);
        }

        /// <summary>An image with its caption, a gallery (its images in one paragraph, as our galleries are written), a
        /// pull quote or an embed; any other figure is its content.</summary>
        private List<string> Figure(IElement figure)
        {
            if (HasClass(figure, "wp-block-embed") || figure.QuerySelector(".wp-block-embed__wrapper") is not null)
            {
                var url = OneLine(figure.QuerySelector(".wp-block-embed__wrapper")?.TextContent ?? figure.TextContent);
                return [EmbedLine(url)];
            }
            if (HasClass(figure, "wp-block-pullquote"))
            {
                return [Quote(BlocksOf(figure.QuerySelector("blockquote")?.ChildNodes ?? figure.ChildNodes), pull: true)];
            }
            var images = figure.QuerySelectorAll("img").ToList();
            if (images.Count == 0)
            {
                return BlocksOf(figure.ChildNodes.Where(n => n is not IElement { LocalName: "figcaption" }));
            }
            var captions = figure.QuerySelectorAll("figcaption").ToList();
            if (images.Count == 1)
            {
                var caption = captions.Count > 0 ? OneLine(Plain(captions[^1].TextContent)) : "";
                return [Image(images[0], caption)];
            }
            // A gallery: each image with its own caption, when its figure has one.
            var lines = images.Select(image =>
            {
                var own = image.Closest("figure") is { } inner && inner != figure ? inner.QuerySelector("figcaption")?.TextContent : null;
                return Image(image, OneLine(Plain(own ?? "")));
            });
            var gallery = new List<string> { string.Join("\n", lines) };
            var galleryCaption = captions.FirstOrDefault(c => c.ParentElement == figure);
            if (galleryCaption is not null && OneLine(InlineOf(galleryCaption.ChildNodes)) is { Length: > 0 } words)
            {
                gallery.Add(EscapeLineStart(words));
            }
            return gallery;
        }

        private static string EmbedLine(string url) =>
            EmbedLinks.Recognize(url) is not null ? url
            : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? $"<{uri.AbsoluteUri}>"
            : "";

        private string Image(IElement image, string caption)
        {
            var source = (image.GetAttribute("src") ?? "").Trim();
            var alt = OneLine(Plain(image.GetAttribute("alt") ?? ""));
            var address = libraryAddress(source) ?? SafeAddress(source);
            if (address is null)
            {
                return EscapeText(alt);
            }
            var title = caption.Length == 0 ? "" : $" \"{caption.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
            return $"![{EscapeText(alt)}](<{address}>{title})";
        }

        private string InlineOf(IEnumerable<INode> nodes)
        {
            var text = new StringBuilder();
            foreach (var node in nodes)
            {
                text.Append(Inline(node));
            }
            return text.ToString();
        }

        private string Inline(INode node)
        {
            if (node is IText text)
            {
                return EscapeText(CollapseSpaces(text.Data));
            }
            if (node is not IElement element || Dropped.Contains(element.LocalName))
            {
                return "";
            }
            switch (element.LocalName)
            {
                case "br":
                    return "\\\n";
                case "img":
                    return Image(element, "");
                case "code" or "kbd" or "samp" or "tt":
                    return InlineCode(element.TextContent);
                case "a":
                    return Link(element);
            }
            var inner = InlineOf(element.ChildNodes);
            return element.LocalName switch
            {
                "strong" or "b" => Wrap(inner, "**"),
                "em" or "i" or "cite" or "dfn" => Wrap(inner, "*"),
                "del" or "s" or "strike" => Wrap(inner, "~~"),
                _ when IsBlock(element) => " " + string.Join(" ", BlocksOf(element.ChildNodes)) + " ",
                _ => inner,
            };
        }

        private string Link(IElement link)
        {
            var inner = InlineOf(link.ChildNodes);
            var address = SafeAddress((link.GetAttribute("href") ?? "").Trim());
            if (address is null || inner.Trim().Length == 0)
            {
                return inner;
            }
            return $"[{inner.Trim()}](<{address}>)";
        }

        /// <summary>Emphasis marks hug the words: "** word **" is not emphasis in Markdown.</summary>
        private static string Wrap(string inner, string mark)
        {
            var trimmed = inner.Trim();
            if (trimmed.Length == 0)
            {
                return inner;
            }
            var lead = inner[..(inner.Length - inner.TrimStart().Length)];
            var tail = inner[inner.TrimEnd().Length..];
            return lead + mark + trimmed + mark + tail;
        }

        private static string InlineCode(string code)
        {
            var text = CollapseSpaces(code).Trim();
            if (text.Length == 0)
            {
                return "";
            }
            var ticks = "`";
            while (text.Contains(ticks, StringComparison.Ordinal))
            {
                ticks += "`";
            }
            var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
            return ticks + pad + text + pad + ticks;
        }

        private static bool HasClass(IElement element, string name) => element.ClassList.Contains(name);
    }

    /// <summary>Web, mail and site-relative addresses; anything else (javascript:, data:) is dropped with its link.</summary>
    private static string? SafeAddress(string address)
    {
        if (address.Length == 0 || address.Length > 2000 || address.Any(c => char.IsControl(c) || c is '<' or '>' || char.IsWhiteSpace(c)))
        {
            return null;
        }
        if (address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
        {
            return address;
        }
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? address : null;
    }

    private static string Plain(string text) => EscapeText(CollapseSpaces(text));

    private static string CollapseSpaces(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                space = true;
                continue;
            }
            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }
            collapsed.Append(c);
        }
        if (space)
        {
            collapsed.Append(' ');
        }
        return collapsed.ToString();
    }

    /// <summary>Characters Markdown would read as markup are written escaped, so the words come out as typed.</summary>
    private static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A paragraph whose first characters would start a list, a heading or a rule is escaped there.</summary>
    private static string EscapeLineStart(string paragraph)
    {
        var lines = paragraph.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && line[0] is '-' or '+' or '=')
            {
                lines[i] = "\\" + line;
            }
            else if (line.Length > 1 && char.IsAsciiDigit(line[0]))
            {
                var digits = line.TakeWhile(char.IsAsciiDigit).Count();
                if (digits < line.Length && line[digits] is '.' or ')')
                {
                    lines[i] = line[..digits] + "\\" + line[digits..];
                }
            }
        }
        return string.Join("\n", lines);
    }

    private static string TrimLines(string text) =>
        string.Join("\n", text.Split('\n').Select(l => l.Trim())).Trim('\n', ' ').TrimEnd('\\').TrimEnd();

    private static string OneLine(string text) => text.Replace("\\\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Trim();
}
