using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>
/// The status and dates an article had in the system it is imported from; <paramref name="Id"/> is its id there when
/// that system is another Vestnik, whose full export keeps every id so references inside it need no mapping.
/// </summary>
public sealed record ImportedState(
    ArticleStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? ScheduledFor,
    int? Id = null);
