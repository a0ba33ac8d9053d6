using Vestnik.Data.ChangeLog;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

public sealed class Article : IChangeLogged
{
    public const int MaxTitleLength = 300;
    public const int MaxDekLength = 600;
    public const int MaxSourceTextLength = 100_000;

    public int Id { get; private set; }
    public required string Title { get; set; }
    public string Slug { get; private set; } = "";
    public string Dek { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitized HTML rendered from <see cref="BodyMarkdown"/> on every save, so readers never pay for rendering.</summary>
    public string BodyHtml { get; set; } = "";

    public ContentLanguage Language { get; set; }
    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;

    /// <summary>Bylined authors in byline order (<see cref="ArticleAuthor.Position"/>).</summary>
    public List<ArticleAuthor> Authors { get; } = [];
    public List<Tag> Tags { get; } = [];
    public List<Label> Labels { get; } = [];

    /// <summary>Set when the article retells a foreign-press story.</summary>
    public SourceAttribution? Source { get; set; }
    public LeadImage? LeadImage { get; set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Public correction notes, oldest first.</summary>
    public List<Correction> Corrections { get; } = [];

    /// <summary>The same story in the other language, when one exists.</summary>
    public int? TranslationId { get; set; }
    public Article? Translation { get; set; }

    public long ViewCount { get; set; }

    /// <summary>When a <see cref="ArticleStatus.Scheduled"/> article goes live.</summary>
    public DateTimeOffset? ScheduledFor { get; private set; }

    /// <summary>The staff account that created the article; authors may edit only their own drafts.</summary>
    public string? CreatedByUserId { get; set; }

    /// <summary>SEO overrides: when set, used in place of the title, dek and lead image in search and social cards.</summary>
    public string? MetaTitle { get; set; }
    public string? MetaDescription { get; set; }
    public string? SocialImageUrl { get; set; }

    /// <summary>Notes for the desk, never shown to readers.</summary>
    public string EditorNotes { get; set; } = "";

    /// <summary>
    /// The original's full text as the editor pasted it, shown beside a retelling to compare against; staff-only like
    /// <see cref="EditorNotes"/>: no reader page, feed, search field or API carries it.
    /// </summary>
    public string SourceText { get; set; } = "";

    /// <summary>Comments every reader sees, kept by the comments feature so lists need no count query per card.</summary>
    public int CommentCount { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save, so a stale editor cannot overwrite a newer version.</summary>
    public int Version { get; set; }

    public bool IsPublished => Status == ArticleStatus.Published;

    /// <summary>The headline as readers see it: a retelling names the outlet first ("The New York Times: …").</summary>
    public string DisplayTitle => DisplayTitleOf(Title, Source?.OutletName);

    /// <summary><see cref="DisplayTitle"/> of a title and outlet read without the article (cards, feeds, sitemaps, the API).</summary>
    public static string DisplayTitleOf(string title, string? outletName) => outletName is null ? title : $"{outletName}: {title}";

    string IChangeLogged.ChangeTopic => ChangeTopics.Article;

    int IChangeLogged.ChangeEntityId => Id;

    /// <summary>The slug can change freely until the article is first published; after that it is stable.</summary>
    public void SetSlug(string slug)
    {
        if (PublishedAt is not null && Slug.Length > 0 && slug != Slug)
        {
            throw new InvalidOperationException("The slug of a published article is stable; rename it with RenameSlug.");
        }
        Slug = slug;
    }

    /// <summary>Deliberately renames a published article's URL; the old slug keeps answering with a redirect.</summary>
    public SlugRedirect RenameSlug(string newSlug)
    {
        var redirect = new SlugRedirect { OldSlug = Slug, Article = this };
        Slug = newSlug;
        return redirect;
    }

    /// <summary>
    /// The one table of workflow moves: which statuses each status may go to. Every move below checks it, and the
    /// editor offers only the buttons it allows.
    /// </summary>
    private static readonly Dictionary<ArticleStatus, ArticleStatus[]> AllowedMoves = new()
    {
        [ArticleStatus.Draft] = [ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Published],
        [ArticleStatus.InReview] = [ArticleStatus.Draft, ArticleStatus.Scheduled, ArticleStatus.Published],
        [ArticleStatus.Scheduled] = [ArticleStatus.Draft, ArticleStatus.Scheduled, ArticleStatus.Published],
        [ArticleStatus.Published] = [ArticleStatus.Unpublished],
        [ArticleStatus.Unpublished] = [ArticleStatus.Draft, ArticleStatus.Scheduled, ArticleStatus.Published],
    };

    /// <summary>Whether the workflow allows going from the current status to <paramref name="target"/>.</summary>
    public bool CanMoveTo(ArticleStatus target) => AllowedMoves[Status].Contains(target);

    /// <summary>Goes live; the publication time is set once, so a republished article keeps its first date.</summary>
    public void Publish(DateTimeOffset now)
    {
        MoveTo(ArticleStatus.Published);
        ScheduledFor = null;
        PublishedAt ??= now;
    }

    /// <summary>An author hands a draft to the editors.</summary>
    public void Submit() => MoveTo(ArticleStatus.InReview);

    /// <summary>Back to the author's desk: from review, a schedule or an unpublished state.</summary>
    public void ReturnToDraft()
    {
        MoveTo(ArticleStatus.Draft);
        ScheduledFor = null;
    }

    /// <summary>Queues the article for publication at <paramref name="at"/>, which must be in the future.</summary>
    public void Schedule(DateTimeOffset at, DateTimeOffset now)
    {
        if (at <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A schedule must be in the future.");
        }
        MoveTo(ArticleStatus.Scheduled);
        ScheduledFor = at;
    }

    /// <summary>Takes a published article off the site; readers get 410 Gone.</summary>
    public void Unpublish() => MoveTo(ArticleStatus.Unpublished);

    /// <summary>Appends a public correction note to a published (or once published) article.</summary>
    public void AddCorrection(string text, DateTimeOffset now)
    {
        if (PublishedAt is null)
        {
            throw new ArticleStateException(Status, null, "Only a published article takes public corrections.");
        }
        Corrections.Add(new Correction { Text = text, CreatedAt = now });
        MarkUpdated(now);
    }

    /// <summary>Only an article readers have never had in front of them may disappear without a trace.</summary>
    public void EnsureDeletable()
    {
        if (IsPublished)
        {
            throw new ArticleStateException(Status, null, "A published article cannot be deleted; unpublish it first.");
        }
    }

    private void MoveTo(ArticleStatus target)
    {
        if (!CanMoveTo(target))
        {
            throw new ArticleStateException(Status, target, $"An article cannot go from {Status} to {target}.");
        }
        Status = target;
    }

    /// <summary>
    /// An article imported from another system's archive takes the status and dates it had there: this records
    /// history that happened elsewhere, so it is not a move of the workflow table. A published article needs its
    /// publication time and a scheduled one its time to go live. A draft keeps a publication time it is given: an
    /// article unpublished and returned to the desk keeps its first date here too (<see cref="Publish"/>).
    /// </summary>
    public void TakeImportedState(ArticleStatus status, DateTimeOffset? publishedAt, DateTimeOffset? updatedAt, DateTimeOffset? scheduledFor)
    {
        if ((status == ArticleStatus.Published && publishedAt is null) || (status == ArticleStatus.Scheduled && scheduledFor is null))
        {
            throw new ArticleStateException(Status, status, $"An imported {status} article needs its date.");
        }
        Status = status;
        PublishedAt = publishedAt;
        UpdatedAt = PublishedAt is null ? null : updatedAt;
        ScheduledFor = status == ArticleStatus.Scheduled ? scheduledFor : null;
    }

    /// <summary>Records that a published article's content changed after publication.</summary>
    public void MarkUpdated(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            UpdatedAt = now;
        }
    }
}
