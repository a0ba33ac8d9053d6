using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

public enum ChangeOutcome
{
    /// <summary>Committed with its revision, audit entry and change-log row.</summary>
    Saved,

    /// <summary>The input is wrong (a field, a past schedule): nothing was written.</summary>
    Invalid,

    /// <summary>Someone saved the article after the version the change was based on: nothing was written.</summary>
    Stale,

    /// <summary>The article's status does not allow the step (unpublishing a draft): nothing was written.</summary>
    NotAllowed,
}

/// <summary>
/// What became of a change. <see cref="Article"/> is the saved article, or after a refusal the article as it stands
/// (the latest version after <see cref="ChangeOutcome.Stale"/>; null when a new article was refused).
/// </summary>
public sealed record ArticleChangeResult(ChangeOutcome Outcome, Article? Article, string? Message = null)
{
    public bool Saved => Outcome == ChangeOutcome.Saved;

    /// <summary>How an HTTP caller answers it: bad input 400, a stale version or a refused step 409.</summary>
    public int StatusCode => Outcome switch
    {
        ChangeOutcome.Saved => StatusCodes.Status200OK,
        ChangeOutcome.Invalid => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };
}
