namespace Vestnik.Infrastructure.Jobs;

/// <summary>
/// How long a failing job waits before it tries again: 1 s, 2 s, 4 s… up to a minute, or up to its interval when that
/// is longer, so a job that runs hourly does not retry more often than it would run.
/// </summary>
public static class JobBackoff
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    /// <summary>The wait after <paramref name="failures"/> failed runs in a row.</summary>
    public static TimeSpan Delay(int failures, TimeSpan interval)
    {
        var cap = interval > Max && interval != Timeout.InfiniteTimeSpan ? interval : Max;
        var delay = FirstRetry * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return delay < cap ? delay : cap;
    }
}
