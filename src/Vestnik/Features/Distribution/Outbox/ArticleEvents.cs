namespace Vestnik.Features.Distribution.Outbox;

/// <summary>The events webhooks receive, as named in the payload and the <c>X-Vestnik-Event</c> header.</summary>
public static class ArticleEvents
{
    public const string Published = "article.published";
    public const string Updated = "article.updated";
    public const string Unpublished = "article.unpublished";
}
