using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Operations.Backlogs;

/// <summary>
/// A backlog a feature reports on the admins' System page: what waits for people (comments to moderate) or for
/// workers (search index entries, deliveries). Each feature registers its own with <see cref="Backlogs.AddBacklog{T}"/>,
/// so the page shows every desk's backlog without reading any desk's tables.
/// </summary>
public interface IBacklog
{
    /// <summary>The queue's lines in the given language; throws what the database throws when it cannot be read.</summary>
    Task<IReadOnlyList<BacklogLine>> ReadAsync(ContentLanguage language, CancellationToken cancellationToken);
}

/// <param name="Id">Stable across languages and releases: tests and monitoring scripts find the row by it.</param>
/// <param name="NeedsAttention">True when an admin should act (a lagging index, failed deliveries).</param>
public sealed record BacklogLine(string Id, string Name, string State, bool NeedsAttention = false);

public static class Backlogs
{
    public static IServiceCollection AddBacklog<T>(this IServiceCollection services) where T : class, IBacklog =>
        services.AddScoped<IBacklog, T>();
}
