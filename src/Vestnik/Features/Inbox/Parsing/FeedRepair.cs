using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>Second-chance fixes for markup that almost is XML.</summary>
internal static partial class FeedRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string text)
    {
        // Anything before the first element (blank lines, a PHP notice) breaks the parser, and so does an XML
        // declaration that is not first; the text is already decoded, so declarations carry nothing we need.
        text = XmlDeclaration().Replace(text, "");
        var start = text.IndexOf('<');
        if (start > 0)
        {
            text = text[start..];
        }
        text = Ampersand().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (name.Length == 0)
            {
                return "&amp;";
            }
            if (name.StartsWith('#') || XmlEntities.Contains(name))
            {
                return m.Value;
            }
            // An HTML entity (&nbsp;, &mdash;): write the character itself.
            var decoded = WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value ? "&amp;" + name + ";" : WebUtility.HtmlEncode(decoded);
        });
        text = StartTag().Replace(text, tag => UnquotedAttribute().Replace(tag.Value, "$1=\"$2\""));
        return DeclareMissingPrefixes(text);
    }

    /// <summary>Declares every prefix the document uses without declaring, on the root element.</summary>
    private static string DeclareMissingPrefixes(string text)
    {
        var used = Prefix().Matches(text).Select(m => m.Groups[1].Value)
            .Where(p => p is not "xml" and not "xmlns")
            .Distinct(StringComparer.Ordinal)
            .Where(p => !text.Contains($"xmlns:{p}=", StringComparison.Ordinal))
            .ToList();
        if (used.Count == 0)
        {
            return text;
        }
        var root = RootElement().Match(text);
        if (!root.Success)
        {
            return text;
        }
        var declarations = new StringBuilder();
        foreach (var prefix in used)
        {
            declarations.Append(CultureInfo.InvariantCulture, $" xmlns:{prefix}=\"urn:undeclared:{prefix}\"");
        }
        return text.Insert(root.Index + root.Length, declarations.ToString());
    }

    [GeneratedRegex(@"<\?xml[^<]*?\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"&(?:(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{0,30});)?")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"<[A-Za-z_][^<>]*>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"(\s[A-Za-z_][\w:.-]*)=([^\s""'<>]+)")]
    private static partial Regex UnquotedAttribute();

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"<(?!\?|!)[A-Za-z_][\w.:-]*")]
    private static partial Regex RootElement();
}
