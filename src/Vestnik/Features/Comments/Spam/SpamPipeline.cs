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

/// <summary>One step's decision and, when it is not a pass, why; the queue shows the notes to moderators.</summary>
public sealed record StepVerdict(string Step, Verdict Verdict, ReviewNote? Note = null)
{
    public static StepVerdict Pass(string step) => new(step, Verdict.Pass);

    public static StepVerdict Because(Verdict verdict, ReviewNote note) => new(note.Code, verdict, note);
}

public sealed record PipelineResult(Verdict Verdict, IReadOnlyList<StepVerdict> Steps, double SpamScore)
{
    /// <summary>The step that refused the comment, for the reader's message.</summary>
    public StepVerdict? Refusal => Steps.FirstOrDefault(s => s.Verdict == Verdict.Reject);

    public string Notes => string.Join("\n", Steps.Where(s => s.Verdict != Verdict.Pass && s.Note is not null).Select(s => s.Note!.Stored));
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
                ? StepVerdict.Because(Verdict.Spam, ReviewNote.Of(ReviewNote.Honeypot))
                : StepVerdict.Pass(ReviewNote.Honeypot),
            submission.TimeOnPage is { } time && time < TimeSpan.FromSeconds(settings.MinSecondsToSubmit)
                ? StepVerdict.Because(Verdict.Hold, ReviewNote.Of(ReviewNote.TooFast, Math.Round(time.TotalSeconds, 1), settings.MinSecondsToSubmit))
                : submission.TimeOnPage is null && settings.MinSecondsToSubmit > 0
                    ? StepVerdict.Because(Verdict.Hold, ReviewNote.Of(ReviewNote.NoTimeStamp))
                    : StepVerdict.Pass(ReviewNote.TooFast),
            submission.LinkCount > settings.MaxLinks
                ? StepVerdict.Because(Verdict.Hold, ReviewNote.Of(ReviewNote.Links, submission.LinkCount, settings.MaxLinks))
                : StepVerdict.Pass(ReviewNote.Links),
        };

        var since = clock.GetUtcNow().AddMinutes(-settings.DuplicateWindowMinutes);
        var duplicate = await db.Set<Comment>().AsNoTracking()
            .AnyAsync(c => c.ContentHash == submission.ContentHash && c.CreatedAt >= since, cancellationToken);
        steps.Add(duplicate
            ? StepVerdict.Because(Verdict.Reject, ReviewNote.Of(ReviewNote.Duplicate, settings.DuplicateWindowMinutes))
            : StepVerdict.Pass(ReviewNote.Duplicate));

        steps.Add(await bannedWords.CheckAsync(submission.Text, cancellationToken));

        var score = await classifier.ScoreAsync(submission.Text, cancellationToken);
        steps.Add(score >= settings.SpamThreshold
            ? StepVerdict.Because(Verdict.Hold, ReviewNote.Of(ReviewNote.Classifier, Math.Round(score, 2), settings.SpamThreshold))
            : StepVerdict.Pass(ReviewNote.Classifier));

        return new PipelineResult(steps.Max(s => s.Verdict), steps, score);
    }
}
