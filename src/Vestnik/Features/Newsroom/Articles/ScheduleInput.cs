using System.Globalization;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// The schedule field is plain text rather than <c>datetime-local</c>: a browser draws that one in its own locale
/// (<c>mm/dd/yyyy, --:-- --</c> with AM/PM in an English Chromium), whatever the newsroom's language. Text in the
/// newsroom's 24-hour form is read as the site's wall-clock time.
/// </summary>
public static class ScheduleInput
{
    /// <summary>
    /// The field asks for the Russian form (day first) or the English one (ISO order, no month/day ambiguity); either
    /// language's form is accepted, and the ISO form with a "T" that scripts and the old <c>datetime-local</c> field send,
    /// so an editor who types the other language's form is understood too.
    /// </summary>
    private static readonly string[] Accepted =
    [
        "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
    ];

    /// <summary>A schedule as the field shows it: the site's wall-clock time in the form the newsroom's language asks for.</summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone, ContentLanguage language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(language == ContentLanguage.En ? "yyyy-MM-dd HH:mm" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTime local) =>
        DateTime.TryParseExact(text?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
}
