using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Time;

/// <summary>
/// Shows instants as the newsroom's readers expect them: in the site's time zone (Europe/Moscow by
/// default, <c>Vestnik:TimeZone</c>) and in the reader's language, with Russian months in the genitive
/// ("28 ноября 2026, 14:05").
/// </summary>
public sealed class NewsroomTime
{
    private static readonly string[] RussianMonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public NewsroomTime(IOptions<VestnikOptions> options)
        : this(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone))
    {
    }

    public NewsroomTime(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Reads a wall-clock time as the newsroom's (a <c>datetime-local</c> field has no zone).</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>"28 ноября 2026, 14:05" or "28 November 2026, 14:05".</summary>
    public string FormatDateTime(DateTimeOffset instant, ContentLanguage language)
    {
        var local = ToLocal(instant);
        return $"{FormatDate(local, language)}, {local:HH\\:mm}";
    }

    /// <summary>"28 ноября 2026" or "28 November 2026".</summary>
    public string FormatDate(DateTimeOffset instant, ContentLanguage language)
    {
        var local = ToLocal(instant);
        var months = language == ContentLanguage.En ? EnglishMonths : RussianMonthsGenitive;
        return $"{local.Day} {months[local.Month - 1]} {local.Year}";
    }
}
