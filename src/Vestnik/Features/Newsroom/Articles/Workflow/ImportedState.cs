using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>The status and dates an article had in the system it is imported from.</summary>
public sealed record ImportedState(
    ArticleStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? ScheduledFor);
