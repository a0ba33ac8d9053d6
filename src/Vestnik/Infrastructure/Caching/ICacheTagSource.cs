using Vestnik.Data;
using Vestnik.Data.ChangeLog;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Says which cache tags a change-log entry of one topic invalidates. Each feature whose data appears on cached pages
/// registers one for its topic.
/// </summary>
public interface ICacheTagSource
{
    string Topic { get; }

    Task<IReadOnlyCollection<string>> TagsForAsync(VestnikDbContext db, ChangeLogEntry change, CancellationToken cancellationToken);
}
