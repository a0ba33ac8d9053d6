namespace Vestnik.Infrastructure.Operations.Logging;

/// <summary>One error the app logged, as the System page lists it.</summary>
public sealed record LoggedError(DateTimeOffset At, string Category, string Message, string? Exception);

/// <summary>
/// Keeps the last errors this process logged in memory, so an admin sees them on the System page without
/// shell access to the logs. Per node and lost on restart by design: the log files remain the record.
/// </summary>
public sealed class RecentErrors(TimeProvider time) : ILoggerProvider
{
    private const int Capacity = 50;
    private readonly Queue<LoggedError> _errors = new();
    private readonly TimeProvider _time = time;

    public IReadOnlyList<LoggedError> Latest()
    {
        lock (_errors)
        {
            return _errors.Reverse().ToList();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LoggedError error)
    {
        lock (_errors)
        {
            _errors.Enqueue(error);
            while (_errors.Count > Capacity)
            {
                _errors.Dequeue();
            }
        }
    }

    private sealed class Logger(RecentErrors owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add(new LoggedError(owner._time.GetUtcNow(), category, formatter(state, exception),
                    exception is null ? null : $"{exception.GetType().Name}: {exception.Message}"));
            }
        }
    }
}
