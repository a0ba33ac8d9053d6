using System.Globalization;
using System.Text;
using System.Xml;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// Reads a WordPress export (WXR 1.1 and 1.2) as a stream: one entry at a time, so a file of any size is read in
/// the memory of its largest item. The XML is read with DTDs prohibited and no resolver (no entity expansion, no
/// outside files), and every field is read up to its limit, the rest skipped, so one huge field costs nothing.
/// </summary>
public static class WxrReader
{
    /// <summary>Longest article body kept; a longer one makes the item fail (reported, not imported cut).</summary>
    public const int MaxContentChars = 2_000_000;
    public const int MaxFieldChars = 20_000;
    public const int MaxCommentsPerItem = 20_000;

    static WxrReader()
    {
        // Exports of older Russian sites declare windows-1251; .NET reads it once the code pages are registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        Async = false,
    };

    /// <summary>The entries of the file; a malformed file stops with an <see cref="XmlException"/> at its line.</summary>
    public static IEnumerable<WxrEntry> Read(Stream stream)
    {
        using var xml = XmlReader.Create(stream, Settings());
        string? siteTitle = null;
        var baseUrl = "";
        var version = "";
        var siteSent = false;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            var name = Name(xml);
            if (xml.Depth == 2 && name == "title")
            {
                siteTitle = Text(xml, MaxFieldChars, out _);
                continue;
            }
            if (xml.Depth == 2 && name is "wp:base_blog_url" or "link" && baseUrl.Length == 0)
            {
                baseUrl = Text(xml, MaxFieldChars, out _).Trim();
                continue;
            }
            if (xml.Depth == 2 && name == "wp:wxr_version")
            {
                version = Text(xml, 20, out _).Trim();
                continue;
            }
            if (xml.Depth == 2 && name is "wp:author" or "wp:category" or "wp:tag" or "item" && !siteSent)
            {
                siteSent = true;
                yield return new WxrSite(siteTitle ?? "", baseUrl, version);
            }
            switch (name)
            {
                case "wp:author" when xml.Depth == 2:
                    var author = Fields(xml);
                    yield return new WxrAuthor(author.Get("wp:author_id"), author.Get("wp:author_login"), author.Get("wp:author_email"), author.Get("wp:author_display_name"));
                    break;
                case "wp:category" when xml.Depth == 2:
                    var category = Fields(xml);
                    yield return new WxrTerm(WxrTermKind.Category, Slug(category.Get("wp:category_nicename")), category.Get("wp:cat_name"));
                    break;
                case "wp:tag" when xml.Depth == 2:
                    var tag = Fields(xml);
                    yield return new WxrTerm(WxrTermKind.Tag, Slug(tag.Get("wp:tag_slug")), tag.Get("wp:tag_name"));
                    break;
                case "item" when xml.Depth == 2:
                    yield return Item(xml);
                    break;
            }
        }
        if (!siteSent)
        {
            yield return new WxrSite(siteTitle ?? "", baseUrl, version);
        }
    }

    /// <summary>WordPress stores non-Latin slugs percent-encoded (<c>%d0%bf%d1%80…</c>).</summary>
    public static string Slug(string slug)
    {
        try
        {
            return Uri.UnescapeDataString(slug.Trim());
        }
        catch (UriFormatException)
        {
            return slug.Trim();
        }
    }

    private static WxrItem Item(XmlReader xml)
    {
        var fields = new FieldSet();
        var terms = new List<WxrTerm>();
        var comments = new List<WxrComment>();
        string? thumbnail = null;
        string? alt = null;
        string? problem = null;
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            return new WxrItem { Id = "", Type = "", Problem = "empty item" };
        }
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1)
            {
                continue;
            }
            var name = Name(xml);
            switch (name)
            {
                case "category":
                    var domain = xml.GetAttribute("domain");
                    var nicename = Slug(xml.GetAttribute("nicename") ?? "");
                    var termName = Text(xml, MaxFieldChars, out _);
                    if (domain is "category" or "post_tag")
                    {
                        terms.Add(new WxrTerm(domain == "category" ? WxrTermKind.Category : WxrTermKind.Tag, nicename, termName));
                    }
                    break;
                case "wp:postmeta":
                    var meta = Fields(xml);
                    var key = meta.Get("wp:meta_key");
                    if (key == "_thumbnail_id")
                    {
                        thumbnail = meta.Get("wp:meta_value").Trim();
                    }
                    else if (key == "_wp_attachment_image_alt")
                    {
                        alt = meta.Get("wp:meta_value");
                    }
                    break;
                case "wp:comment":
                    var comment = Fields(xml);
                    problem ??= comment.Problem;
                    if (comments.Count < MaxCommentsPerItem)
                    {
                        comments.Add(new WxrComment(
                            comment.Get("wp:comment_id"), comment.Get("wp:comment_parent"), comment.Get("wp:comment_author"),
                            Date(comment.Get("wp:comment_date_gmt")) ?? Date(comment.Get("wp:comment_date")),
                            comment.Get("wp:comment_content"), comment.Get("wp:comment_approved"), comment.Get("wp:comment_type")));
                    }
                    break;
                default:
                    var limit = name == "content:encoded" ? MaxContentChars : MaxFieldChars;
                    var value = Text(xml, limit, out var cut);
                    fields.Set(name, value);
                    if (cut)
                    {
                        problem ??= $"{name} is longer than {limit} characters";
                    }
                    break;
            }
        }
        return new WxrItem
        {
            Id = fields.Get("wp:post_id").Trim(),
            Type = fields.Get("wp:post_type").Trim(),
            Title = fields.Get("title"),
            Link = fields.Get("link").Trim(),
            Creator = fields.Get("dc:creator").Trim(),
            Content = fields.Get("content:encoded"),
            Excerpt = fields.Get("excerpt:encoded"),
            Status = fields.Get("wp:status").Trim(),
            Slug = Slug(fields.Get("wp:post_name")),
            Date = Date(fields.Get("wp:post_date_gmt")) ?? Date(fields.Get("wp:post_date")),
            Modified = Date(fields.Get("wp:post_modified_gmt")),
            AttachmentUrl = fields.Get("wp:attachment_url").Trim(),
            ThumbnailId = thumbnail,
            ImageAlt = alt,
            Terms = terms,
            Comments = comments,
            Problem = problem,
        };
    }

    /// <summary>The text fields of a small element (an author, a comment, a meta entry).</summary>
    private static FieldSet Fields(XmlReader xml)
    {
        var fields = new FieldSet();
        if (xml.IsEmptyElement)
        {
            return fields;
        }
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                var name = Name(xml);
                fields.Set(name, Text(xml, MaxFieldChars, out var cut));
                if (cut)
                {
                    fields.Problem ??= $"{name} is longer than {MaxFieldChars} characters";
                }
            }
        }
        return fields;
    }

    /// <summary>
    /// The element's text (CDATA included) up to <paramref name="limit"/> characters, read in chunks; the reader is
    /// left on the element's end. Markup inside it, which WXR never has, is skipped.
    /// </summary>
    private static string Text(XmlReader xml, int limit, out bool cut)
    {
        cut = false;
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }
            int read;
            while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                var room = limit - text.Length;
                if (read > room)
                {
                    cut = true;
                }
                text.Append(buffer, 0, Math.Min(read, Math.Max(room, 0)));
            }
        }
        return text.ToString();
    }

    /// <summary>The element's name with the prefix WordPress's own files use, whatever prefix this file chose.</summary>
    private static string Name(XmlReader xml) => xml.NamespaceURI switch
    {
        "" => xml.LocalName,
        var ns when ns.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) && ns.Contains("excerpt", StringComparison.Ordinal) => "excerpt:" + xml.LocalName,
        var ns when ns.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) => "wp:" + xml.LocalName,
        "http://purl.org/rss/1.0/modules/content/" => "content:" + xml.LocalName,
        "http://purl.org/dc/elements/1.1/" => "dc:" + xml.LocalName,
        _ => "?:" + xml.LocalName,
    };

    /// <summary>WordPress writes "2024-05-01 10:00:00" (in UTC for the _gmt fields) and zeros for "never".</summary>
    private static DateTimeOffset? Date(string text) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;

    private sealed class FieldSet
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public string? Problem { get; set; }

        public void Set(string name, string value) => _values.TryAdd(name, value);

        public string Get(string name) => _values.GetValueOrDefault(name) ?? "";
    }
}
