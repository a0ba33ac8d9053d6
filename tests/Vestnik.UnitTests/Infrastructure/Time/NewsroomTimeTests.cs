using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.UnitTests.Infrastructure.Time;

public sealed class NewsroomTimeTests
{
    private readonly NewsroomTime _moscow = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));

    [Theory]
    [InlineData(1, "1 января 2026, 15:30")]
    [InlineData(3, "1 марта 2026, 15:30")]
    [InlineData(5, "1 мая 2026, 15:30")]
    [InlineData(8, "1 августа 2026, 15:30")]
    [InlineData(11, "1 ноября 2026, 15:30")]
    [InlineData(12, "1 декабря 2026, 15:30")]
    public void FormatDateTime_ShouldUseGenitiveMonthAndMoscowTime_InRussian(int month, string expected)
    {
        var instant = new DateTimeOffset(2026, month, 1, 12, 30, 0, TimeSpan.Zero);

        Assert.Equal(expected, _moscow.FormatDateTime(instant, ContentLanguage.Ru));
    }

    [Fact]
    public void FormatDateTime_ShouldUseEnglishMonth_InEnglish()
    {
        var instant = new DateTimeOffset(2026, 11, 28, 21, 5, 0, TimeSpan.Zero);

        Assert.Equal("29 November 2026, 00:05", _moscow.FormatDateTime(instant, ContentLanguage.En));
    }

    [Fact]
    public void FormatDate_ShouldFollowTheConfiguredZone()
    {
        var london = new NewsroomTime(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var instant = new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("28 ноября 2026", london.FormatDate(instant, ContentLanguage.Ru));
        Assert.Equal("29 ноября 2026", _moscow.FormatDate(instant, ContentLanguage.Ru));
    }
}
