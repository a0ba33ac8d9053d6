namespace Vestnik.Features.Comments.Posting;

/// <summary>What <c>_ReportForm</c> draws: the comment it reports and, after an incomplete report, what was chosen and typed.</summary>
public sealed record ReportForm(CommentsText Text, long CommentId, string? Preset = null, string? Details = null, string? Error = null)
{
    public string Action => CommentUrls.Report(CommentId);

    /// <summary>One per comment, so the forms of a whole thread on one page never share an id.</summary>
    public string ErrorId => $"report-error-{CommentId}";
}
