using System.Security.Claims;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>
/// Who changes an article, as revisions and the audit log name them, and the language refusals are written in.
/// A signed-in user acts through <see cref="Of"/>; work without a user (the scheduler, an importer) acts as the system.
/// </summary>
public sealed record ArticleActor(string? UserId, string Name, NewsroomText Text)
{
    /// <summary>The scheduler's name in revisions and the audit log; it has no account.</summary>
    public static ArticleActor Scheduler { get; } = new(null, "scheduler", NewsroomText.En);

    public static ArticleActor Of(ClaimsPrincipal user, NewsroomText text) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "", text);
}
