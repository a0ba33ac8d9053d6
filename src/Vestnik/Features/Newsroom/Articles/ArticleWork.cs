using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>Articles submitted by authors and waiting for an editor: the Articles entry's badge.</summary>
public sealed class ArticlesInReview(VestnikDbContext db) : IDeskWork
{
    public string Id => "articles-in-review";
    public string Policy => StaffPolicies.Publish;
    public int Order => 10;
    public string? BadgeOn => NewsroomUrls.Articles;
    public string Link => $"{NewsroomUrls.Articles}?Filter.Status={ArticleStatus.InReview}";
    public string Label(ContentLanguage language) => NewsroomText.For(language).WorkInReview;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        db.Articles.CountAsync(a => a.Status == ArticleStatus.InReview, cancellationToken);
}

/// <summary>Articles queued to go out by themselves.</summary>
public sealed class ScheduledArticles(VestnikDbContext db) : IDeskWork
{
    public string Id => "articles-scheduled";
    public string Policy => StaffPolicies.Write;
    public int Order => 20;
    public string? BadgeOn => null;
    public string Link => $"{NewsroomUrls.Articles}?Filter.Status={ArticleStatus.Scheduled}";
    public string Label(ContentLanguage language) => NewsroomText.For(language).WorkScheduled;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        db.Articles.CountAsync(a => a.Status == ArticleStatus.Scheduled, cancellationToken);
}

/// <summary>Articles that went live in the last day, to check how they look on the site.</summary>
public sealed class RecentlyPublishedArticles(VestnikDbContext db, TimeProvider clock) : IDeskWork
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public string Id => "articles-recently-published";
    public string Policy => StaffPolicies.Write;
    public int Order => 30;
    public string? BadgeOn => null;
    public string Link => $"{NewsroomUrls.Articles}?Filter.Status={ArticleStatus.Published}&Filter.Sort=published";
    public string Label(ContentLanguage language) => NewsroomText.For(language).WorkRecentlyPublished;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        return db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAt >= since, cancellationToken);
    }
}

/// <summary>The drafts this person started and has not submitted yet.</summary>
public sealed class MyDrafts(VestnikDbContext db) : IDeskWork
{
    public string Id => "articles-my-drafts";
    public string Policy => StaffPolicies.Write;
    public int Order => 40;
    public string? BadgeOn => null;
    public string Link => $"{NewsroomUrls.Articles}?Filter.Status={ArticleStatus.Draft}&Filter.Mine=true";
    public string Label(ContentLanguage language) => NewsroomText.For(language).WorkMyDrafts;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft && a.CreatedByUserId == userId, cancellationToken);
    }
}
