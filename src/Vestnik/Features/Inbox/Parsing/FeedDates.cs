using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>
/// Reads the dates real feeds write: RFC 822 with or without weekday, named time zones (GMT, EST, MSK…), ISO 8601
/// in RSS, two-digit years, entity-encoded "+0000". Anything unreadable is null: the item still arrives, undated.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00", ["WET"] = "+00:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["MSK"] = "+03:00", ["IST"] = "+05:30", ["JST"] = "+09:00", ["KST"] = "+09:00", ["HKT"] = "+08:00",
        ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Formats =
    [
        "d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz", "d MMM yy H:mm:ss zzz", "d MMM yy H:mm zzz",
        "d MMMM yyyy H:mm:ss zzz", "d MMMM yyyy H:mm zzz", "d MMM yyyy H:mm:ss", "d MMM yyyy H:mm", "d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = WebUtility.HtmlDecode(value).Trim();

        // ISO 8601 (Atom, dc:date, and RSS feeds that use it anyway).
        if (IsoLike().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
        {
            return iso.ToUniversalTime();
        }

        text = Weekday().Replace(text, "");
        text = Whitespace().Replace(text, " ").Trim();
        text = ZoneName().Replace(text, m => Zones.TryGetValue(m.Value, out var offset) ? offset : m.Value);
        text = CompactOffset().Replace(text, "$1$2:$3");
        foreach (var format in Formats)
        {
            if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return parsed.ToUniversalTime();
            }
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var loose)
            ? loose.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"^[A-Za-z]+,?\s*")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\s)[A-Za-z]{1,4}$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
