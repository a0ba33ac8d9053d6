using Vestnik.Data;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>The moderation queue's length as the <c>vestnik_comments_pending</c> gauge: a queue that only grows means nobody moderates.</summary>
public sealed class PendingCommentsSampler : IMetricSampler
{
    private double? _pending;

    public PendingCommentsSampler(VestnikMetrics metrics) =>
        metrics.SampledGauge("vestnik.comments.pending", "{comment}", "Comments waiting for a moderator", () => _pending);

    public async Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        _pending = await PendingComments.CountAsync(db, cancellationToken);
    }

    public void Clear() => _pending = null;
}
