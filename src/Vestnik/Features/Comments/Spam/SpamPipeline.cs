using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Spam;

/// <summary>What the pipeline saw of one submission.</summary>
public sealed record Submission(string Text, string ContentHash, int LinkCount, bool HoneypotFilled, TimeSpan? TimeOnPage);

public enum Verdict
{
    Pass,
    Hold,
    Spam,
    Reject,
}

/// <summary>One step's decision and, when it is not a pass, why; the queue shows these to moderators.</summary>
public sealed record StepVerdict(string Step, Verdict Verdict, string Reason);

public sealed record PipelineResult(Verdict Verdict, IReadOnlyList<StepVerdict> Steps, double SpamScore)
{
    /// <summary>The step that refused the comment, for the reader's message.</summary>
    public StepVerdict? Refusal => Steps.FirstOrDefault(s => s.Verdict == Verdict.Reject);

    public string Notes => string.Join("\n", Steps.Where(s => s.Verdict != Verdict.Pass).Select(s => $"{s.Step}: {s.Reason}"));
}

/// <summary>
/// The anti-spam checks every new comment passes, cheapest first, each recording its verdict: the honeypot field,
/// the time spent on the page, the number of links, duplicate text, banned words and the classifier. The strongest
/// verdict wins: reject over spam over hold over pass. Rate limits run earlier, before any work is done.
/// </summary>
public sealed class SpamPipeline(
    VestnikDbContext db,
    SpamClassifier classifier,
    BannedWords bannedWords,
    TimeProvider clock,
    IOptions<CommentsOptions> options)
{
    public async Task<PipelineResult> CheckAsync(Submission submission, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var steps = new List<StepVerdict>
        {
            submission.HoneypotFilled
                ? new("honeypot", Verdict.Spam, "the hidden field that only robots fill in was filled in")
                : new("honeypot", Verdict.Pass, ""),
            submission.TimeOnPage is { } time && time < TimeSpan.FromSeconds(settings.MinSecondsToSubmit)
                ? new("timing", Verdict.Hold, $"sent {time.TotalSeconds:0.#} s after the page was shown (minimum {settings.MinSecondsToSubmit} s)")
                : submission.TimeOnPage is null && settings.MinSecondsToSubmit > 0
                    ? new("timing", Verdict.Hold, "the form's time stamp was missing or forged")
                    : new("timing", Verdict.Pass, ""),
            submission.LinkCount > settings.MaxLinks
                ? new("links", Verdict.Hold, $"{submission.LinkCount} links (at most {settings.MaxLinks} pass unchecked)")
                : new("links", Verdict.Pass, ""),
        };

        var since = clock.GetUtcNow().AddMinutes(-settings.DuplicateWindowMinutes);
        var duplicate = await db.Set<Comment>().AsNoTracking()
            .AnyAsync(c => c.ContentHash == submission.ContentHash && c.CreatedAt >= since, cancellationToken);
        steps.Add(duplicate
            ? new("duplicate", Verdict.Reject, $"the same text was posted in the last {settings.DuplicateWindowMinutes} minutes")
            : new("duplicate", Verdict.Pass, ""));

        steps.Add(await bannedWords.CheckAsync(submission.Text, cancellationToken));

        var score = await classifier.ScoreAsync(submission.Text, cancellationToken);
        steps.Add(score >= settings.SpamThreshold
            ? new("classifier", Verdict.Hold, $"spam probability {score:0.00} (threshold {settings.SpamThreshold:0.00})")
            : new("classifier", Verdict.Pass, $"spam probability {score:0.00}"));

        return new PipelineResult(steps.Max(s => s.Verdict), steps, score);
    }
}
