using System.Security.Claims;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.SystemStatus;

/// <summary>Background jobs whose latest run on this node failed, as the job runner records them.</summary>
public sealed class FailedJobsWork(JobFailures failures) : IDeskWork
{
    public string Id => "jobs-failed";
    public string Policy => StaffPolicies.ViewSystemStatus;
    public int Order => 80;
    public string? BadgeOn => null;
    public string Link => SystemStatusFeature.Path + "#jobs";
    public string Label(ContentLanguage language) => SystemText.For(language).FailedJobs;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => Task.FromResult(failures.Count);
}
