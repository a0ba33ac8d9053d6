using System.Text;
using System.Text.Json;

namespace Vestnik.Features.Import.Conversion;

/// <summary>
/// A post of Ghost's older mobiledoc editor (<c>posts.mobiledoc</c>: sections of markers that open and close
/// markups, atoms and cards) as plain HTML for <see cref="HtmlToMarkdown"/>; cards through <see cref="GhostCards"/>.
/// </summary>
public static class GhostMobiledoc
{
    private static readonly HashSet<string> SectionTags = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "aside" };

    private static readonly HashSet<string> MarkupTags = new(StringComparer.OrdinalIgnoreCase) { "a", "b", "strong", "em", "i", "s", "u", "code", "sub", "sup" };

    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static string ToHtml(string mobiledoc, GhostCards cards)
    {
        using var document = JsonDocument.Parse(mobiledoc, new JsonDocumentOptions { MaxDepth = 64 });
        var root = document.RootElement;
        var markups = List(root, "markups");
        var atoms = List(root, "atoms");
        var cardList = List(root, "cards");
        var html = new StringBuilder(mobiledoc.Length);
        foreach (var section in List(root, "sections"))
        {
            if (section.ValueKind != JsonValueKind.Array || section.GetArrayLength() < 2 || !Int(section[0], out var kind))
            {
                continue;
            }
            switch (kind)
            {
                case 1 when section.GetArrayLength() >= 3:
                    var tag = section[1].ValueKind == JsonValueKind.String && SectionTags.Contains(section[1].GetString()!) ? section[1].GetString()!.ToLowerInvariant() : "p";
                    var (open, close) = tag is "blockquote" or "aside" ? ("<blockquote><p>", "</p></blockquote>") : ($"<{tag}>", $"</{tag}>");
                    html.Append(open);
                    Markers(html, section[2], markups, atoms, cards);
                    html.Append(close);
                    break;
                case 2:
                    cards.Write(html, "image", ImageSection(section[1]));
                    break;
                case 3 when section.GetArrayLength() >= 3 && section[2].ValueKind == JsonValueKind.Array:
                    var list = section[1].ValueKind == JsonValueKind.String && section[1].GetString() == "ol" ? "ol" : "ul";
                    html.Append('<').Append(list).Append('>');
                    foreach (var item in section[2].EnumerateArray())
                    {
                        html.Append("<li>");
                        Markers(html, item, markups, atoms, cards);
                        html.Append("</li>");
                    }
                    html.Append("</").Append(list).Append('>');
                    break;
                case 10 when Int(section[1], out var index) && index >= 0 && index < cardList.Count:
                    var card = cardList[index];
                    if (card.ValueKind == JsonValueKind.Array && card.GetArrayLength() >= 1 && card[0].ValueKind == JsonValueKind.String)
                    {
                        cards.Write(html, card[0].GetString()!, card.GetArrayLength() >= 2 ? card[1] : GhostCards.Empty);
                    }
                    break;
            }
        }
        return html.ToString();
    }

    /// <summary>A mobiledoc image section is only its address.</summary>
    private static JsonElement ImageSection(JsonElement source)
    {
        var src = source.ValueKind == JsonValueKind.String ? source.GetString()! : "";
        using var image = JsonDocument.Parse($"{{\"src\":\"{JsonEncodedText.Encode(src)}\"}}");
        return image.RootElement.Clone();
    }

    /// <summary>
    /// The markers of a section: each opens the markups it lists, writes its text or atom, then closes as many of the
    /// open markups as it says. Whatever is still open at the end is closed.
    /// </summary>
    private static void Markers(StringBuilder html, JsonElement markers, List<JsonElement> markups, List<JsonElement> atoms, GhostCards cards)
    {
        if (markers.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var open = new Stack<string>();
        foreach (var marker in markers.EnumerateArray())
        {
            if (marker.ValueKind != JsonValueKind.Array || marker.GetArrayLength() < 4 || !Int(marker[0], out var type))
            {
                continue;
            }
            if (marker[1].ValueKind == JsonValueKind.Array)
            {
                foreach (var index in marker[1].EnumerateArray())
                {
                    if (Int(index, out var i) && i >= 0 && i < markups.Count && Markup(markups[i], cards) is var (tag, start))
                    {
                        html.Append(start);
                        open.Push(tag);
                    }
                }
            }
            if (type == 0 && marker[3].ValueKind == JsonValueKind.String)
            {
                html.Append(GhostCards.Encode(marker[3].GetString()!));
            }
            else if (type == 1 && Int(marker[3], out var atomIndex) && atomIndex >= 0 && atomIndex < atoms.Count)
            {
                Atom(html, atoms[atomIndex]);
            }
            var closed = Int(marker[2], out var count) ? count : 0;
            for (var i = 0; i < closed && open.Count > 0; i++)
            {
                html.Append("</").Append(open.Pop()).Append('>');
            }
        }
        while (open.Count > 0)
        {
            html.Append("</").Append(open.Pop()).Append('>');
        }
    }

    /// <summary>A markup's tag and its opening (a link with its address); null for a tag we do not write.</summary>
    private static (string Tag, string Start)? Markup(JsonElement markup, GhostCards cards)
    {
        if (markup.ValueKind != JsonValueKind.Array || markup.GetArrayLength() < 1 || markup[0].ValueKind != JsonValueKind.String
            || markup[0].GetString() is not { } tag || !MarkupTags.Contains(tag))
        {
            return null;
        }
        tag = tag.ToLowerInvariant();
        if (tag != "a")
        {
            return (tag, $"<{tag}>");
        }
        var href = "";
        if (markup.GetArrayLength() >= 2 && markup[1].ValueKind == JsonValueKind.Array)
        {
            var attributes = markup[1].EnumerateArray().ToList();
            for (var i = 0; i + 1 < attributes.Count; i += 2)
            {
                if (attributes[i].ValueKind == JsonValueKind.String && attributes[i].GetString() == "href" && attributes[i + 1].ValueKind == JsonValueKind.String)
                {
                    href = attributes[i + 1].GetString()!;
                }
            }
        }
        return ("a", $"<a href=\"{GhostCards.Encode(cards.Address(href))}\">");
    }

    /// <summary>Ghost's one atom is the soft return (a line break); any other writes its text.</summary>
    private static void Atom(StringBuilder html, JsonElement atom)
    {
        if (atom.ValueKind != JsonValueKind.Array || atom.GetArrayLength() < 2)
        {
            return;
        }
        if (atom[0].ValueKind == JsonValueKind.String && atom[0].GetString() == "soft-return")
        {
            html.Append("<br>");
        }
        else if (atom[1].ValueKind == JsonValueKind.String)
        {
            html.Append(GhostCards.Encode(atom[1].GetString()!));
        }
    }

    private static List<JsonElement> List(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static bool Int(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }
}
