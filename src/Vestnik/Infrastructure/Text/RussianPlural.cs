namespace Vestnik.Infrastructure.Text;

/// <summary>Russian has three plural forms for counts: 1 комментарий, 3 комментария, 5 комментариев.</summary>
public static class RussianPlural
{
    /// <param name="one">form for 1, 21, 101 ("комментарий")</param>
    /// <param name="few">form for 2–4, 22–24 ("комментария")</param>
    /// <param name="many">form for 0, 5–20, 25–30, 11–14 ("комментариев")</param>
    public static string Choose(long count, string one, string few, string many)
    {
        var n = Math.Abs(count);
        var lastTwo = n % 100;
        var last = n % 10;
        if (lastTwo is >= 11 and <= 14)
        {
            return many;
        }
        return last switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>"5 комментариев": the number followed by the agreeing form.</summary>
    public static string Format(long count, string one, string few, string many) =>
        $"{count} {Choose(count, one, few, many)}";
}
