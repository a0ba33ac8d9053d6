using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Revisions;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>
/// The one way an article changes. Every operation (the editor's buttons, autosave, corrections, restoring a
/// revision, the scheduler, a retelling from the inbox) lets the article itself check the step against its workflow
/// table, then commits in one transaction: the article with its version bumped (refused if the version it was based
/// on is no longer the latest), one revision, one audit entry naming the actor, the change-log row that
/// <see cref="VestnikDbContext"/> appends for every saved article, and the move of its tags' and authors' published
/// counts (<see cref="PublishedCounts"/>). Who may ask for which operation is the caller's
/// decision (the editor page checks capabilities); the workflow records who did.
/// </summary>
public sealed class ArticleWorkflow(VestnikDbContext db, ArticleFormApplier forms, ImageAltRule imageAlt, AuditLog audit, TimeProvider clock)
{
    /// <summary>An article with everything the editor shows, tracked so an operation can change it.</summary>
    public Task<Article?> LoadAsync(int id, CancellationToken cancellationToken = default) => db.Articles
        .AsSplitQuery()
        .Include(a => a.Authors)
        .Include(a => a.Tags)
        .Include(a => a.Labels)
        .Include(a => a.Corrections)
        .Include(a => a.Translation)
        .Include(a => a.Source)
        .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Saves the form (creating the article when <paramref name="article"/> is null).</summary>
    public Task<ArticleChangeResult> SaveAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, article is null ? Creation : Saving, cancellationToken);

    /// <summary>
    /// The editor's save a few seconds after typing stops (and when the page is left); recorded apart so the history
    /// reads well. A stretch of autosaves by one person makes one revision (see <see cref="AutosaveStretch"/>). A new
    /// article's first autosave creates it as a draft, as its first manual save would.
    /// </summary>
    public Task<ArticleChangeResult> AutosaveAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, article is null ? Creation : Autosaving, cancellationToken);

    /// <summary>
    /// How long one person's autosaves keep refreshing the same revision (and its one audit entry) instead of adding
    /// new ones: an autosave every few seconds would otherwise bury the saves people make on purpose.
    /// </summary>
    public static readonly TimeSpan AutosaveStretch = TimeSpan.FromMinutes(10);

    public Task<ArticleChangeResult> SubmitAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, new Change(RevisionReasons.Workflow, AuditActions.Submit, (a, _) => a.Submit()), cancellationToken);

    public Task<ArticleChangeResult> PublishAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, new Change(RevisionReasons.Workflow, AuditActions.Publish, (a, now) => a.Publish(now), GoesLive: true), cancellationToken);

    public Task<ArticleChangeResult> ScheduleAsync(Article? article, ArticleForm form, DateTimeOffset at, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, new Change(RevisionReasons.Workflow, AuditActions.Schedule, (a, now) => a.Schedule(at, now), $"{at:u}", GoesLive: true), cancellationToken);

    public Task<ArticleChangeResult> UnpublishAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, new Change(RevisionReasons.Workflow, AuditActions.Unpublish, (a, _) => a.Unpublish()), cancellationToken);

    public Task<ArticleChangeResult> ReturnToDraftAsync(Article? article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken = default) =>
        ChangeFromFormAsync(article, form, actor, new Change(RevisionReasons.Workflow, AuditActions.ReturnToDraft, (a, _) => a.ReturnToDraft()), cancellationToken);

    /// <summary>Puts an old revision's text back as a new save; the text it replaces stays in the history.</summary>
    public Task<ArticleChangeResult> RestoreAsync(Article article, ArticleRevision revision, int version, ArticleActor actor, CancellationToken cancellationToken = default)
    {
        var form = ArticleForm.From(article);
        form.Version = version;
        form.Title = revision.Title;
        form.Dek = revision.Dek;
        form.Body = revision.BodyMarkdown;
        return ChangeFromFormAsync(article, form, actor, Restoring, cancellationToken);
    }

    /// <summary>Appends a public correction to a published article.</summary>
    public async Task<ArticleChangeResult> AddCorrectionAsync(Article article, int version, string? correction, ArticleActor actor, CancellationToken cancellationToken = default)
    {
        var text = (correction ?? "").Trim();
        if (text.Length is 0 or > Correction.MaxLength)
        {
            return new ArticleChangeResult(ChangeOutcome.Invalid, article, actor.Text.CorrectionRequired);
        }
        if (article.Version != version)
        {
            return new ArticleChangeResult(ChangeOutcome.Stale, article, actor.Text.Conflict);
        }
        var now = clock.GetUtcNow();
        var before = PublishedCounts.Of(article);
        try
        {
            article.AddCorrection(text, now);
        }
        catch (ArticleStateException refused)
        {
            return new ArticleChangeResult(ChangeOutcome.NotAllowed, article, actor.Text.NotAllowed(refused.Status));
        }
        return await CommitAsync(article, before, version, actor, Correcting, now, cancellationToken);
    }

    /// <summary>
    /// The scheduler's step: publishes the article if it is still scheduled and due, with the scheduled time as the
    /// publication time (readers see the time the desk chose, not the tick that ran). When nodes race, the version
    /// check lets exactly one of them publish.
    /// </summary>
    public async Task<ArticleChangeResult> PublishScheduledAsync(int id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var actor = ArticleActor.Scheduler;
        db.ChangeTracker.Clear();
        // With its byline and tags: going live adds the article to their published counts.
        var article = await db.Articles.AsSplitQuery().Include(a => a.Authors).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is not { Status: ArticleStatus.Scheduled, ScheduledFor: { } at } || at > now)
        {
            return new ArticleChangeResult(ChangeOutcome.NotAllowed, article, actor.Text.NotAllowed(article?.Status ?? ArticleStatus.Draft));
        }
        var before = PublishedCounts.Of(article);
        article.Publish(at);
        return await CommitAsync(article, before, article.Version, actor, ScheduledPublication, now, cancellationToken);
    }

    /// <summary>
    /// Creates a draft built outside the editor (a retelling of an inbox item). Joins the caller's transaction when
    /// there is one, so the caller's own bookkeeping commits or rolls back with the article.
    /// </summary>
    public Task<ArticleChangeResult> CreateRetellingAsync(Article draft, ArticleActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        draft.CreatedAt = now;
        draft.CreatedByUserId = actor.UserId;
        db.Articles.Add(draft);
        return CommitAsync(draft, PublishedCounts.Share.None, 0, actor, Retelling, now, cancellationToken);
    }

    /// <summary>
    /// Writes an article brought from another system's archive, new (<paramref name="article"/> null) or updated from
    /// a newer export: <paramref name="fill"/> sets its text, section, byline and tags, and the article takes the
    /// status and dates it had there (<see cref="Article.TakeImportedState"/>), so an archive keeps its history. Joins
    /// the caller's transaction, which holds one batch of the import.
    /// </summary>
    public async Task<ArticleChangeResult> ImportAsync(Article? article, Func<Article, Task> fill, ImportedState state, ArticleActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var change = article is null ? Importing : Reimporting;
        if (article is null)
        {
            article = new Article { Title = "", CreatedAt = state.CreatedAt, CreatedByUserId = actor.UserId };
            if (state.Id is { } id)
            {
                db.Entry(article).Property(a => a.Id).CurrentValue = id;
            }
            db.Articles.Add(article);
        }
        var before = PublishedCounts.Of(article);
        var basedOn = article.Version;
        await fill(article);
        article.TakeImportedState(state.Status, state.PublishedAt, state.UpdatedAt, state.ScheduledFor);
        return await CommitAsync(article, before, basedOn, actor, change, now, cancellationToken);
    }

    /// <summary>Deletes an article readers have never had in front of them; its revisions go with it.</summary>
    public async Task<ArticleChangeResult> DeleteAsync(Article article, int version, ArticleActor actor, CancellationToken cancellationToken = default)
    {
        if (article.Version != version)
        {
            return new ArticleChangeResult(ChangeOutcome.Stale, article, actor.Text.Conflict);
        }
        try
        {
            article.EnsureDeletable();
        }
        catch (ArticleStateException refused)
        {
            return new ArticleChangeResult(ChangeOutcome.NotAllowed, article, actor.Text.NotAllowed(refused.Status));
        }
        db.Entry(article).Property(a => a.Version).OriginalValue = version;
        db.Articles.Remove(article);
        audit.Add(AuditActions.Delete, ArticleAuditSubject.Of(article), actor.UserId, actor.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ArticleChangeResult(ChangeOutcome.Stale, await LoadAsync(article.Id, cancellationToken), actor.Text.Conflict);
        }
        return new ArticleChangeResult(ChangeOutcome.Saved, article);
    }

    private async Task<ArticleChangeResult> ChangeFromFormAsync(Article? article, ArticleForm form, ArticleActor actor, Change change, CancellationToken cancellationToken)
    {
        // Only a transaction of our own can be tried again: a failed statement spoils a caller's PostgreSQL transaction.
        var retriable = db.Database.CurrentTransaction is null;
        try
        {
            return await ChangeFromFormOnceAsync(article, form, actor, change, cancellationToken);
        }
        catch (DbUpdateException clash) when (retriable && UniqueViolation.Is(clash))
        {
            // A racing save took a name this one had picked a moment earlier: a new author's first byline, a new tag,
            // a slug. Nothing of this save was committed; applied again, the form finds what the other save created.
            var id = article?.Id;
            db.ChangeTracker.Clear();
            var fresh = id is { } existing ? await LoadAsync(existing, cancellationToken) : null;
            if (id is not null && fresh is null)
            {
                return new ArticleChangeResult(ChangeOutcome.Stale, null, actor.Text.Conflict);
            }
            return await ChangeFromFormOnceAsync(fresh, form, actor, change, cancellationToken);
        }
    }

    private async Task<ArticleChangeResult> ChangeFromFormOnceAsync(Article? article, ArticleForm form, ArticleActor actor, Change change, CancellationToken cancellationToken)
    {
        var text = actor.Text;
        if (form.Validate(text) is { } problem)
        {
            return new ArticleChangeResult(ChangeOutcome.Invalid, article, problem);
        }
        if (article is not null && article.Version != form.Version)
        {
            return new ArticleChangeResult(ChangeOutcome.Stale, article, text.Conflict);
        }
        var now = clock.GetUtcNow();
        var isNew = article is null;
        article ??= db.Articles.Add(new Article { Title = form.Title, CreatedAt = now, CreatedByUserId = actor.UserId }).Entity;
        var wasPublished = article.PublishedAt is not null;
        var before = PublishedCounts.Of(article);

        var refusal = await forms.ApplyAsync(article, form, actor.UserId, text, cancellationToken) is { } applyProblem
            ? new ArticleChangeResult(ChangeOutcome.Invalid, article, applyProblem)
            : RefuseImagesWithoutAlt(article, change, text) ?? TryMove(article, change, now, text);
        if (refusal is not null)
        {
            if (isNew)
            {
                db.Articles.Remove(article);
            }
            return refusal with { Article = isNew ? null : article };
        }
        if (wasPublished && article.IsPublished)
        {
            article.MarkUpdated(now);
        }
        return await CommitAsync(article, before, form.Version, actor, change, now, cancellationToken);
    }

    /// <summary>Runs the change's workflow move, if it has one; the article's own table decides.</summary>
    private static ArticleChangeResult? TryMove(Article article, Change change, DateTimeOffset now, NewsroomText text)
    {
        try
        {
            change.Move?.Invoke(article, now);
            return null;
        }
        catch (ArticleStateException refused)
        {
            return new ArticleChangeResult(ChangeOutcome.NotAllowed, article, text.NotAllowed(refused.Status));
        }
        catch (ArgumentOutOfRangeException)
        {
            return new ArticleChangeResult(ChangeOutcome.Invalid, article, text.ScheduleInPast);
        }
    }

    /// <summary>
    /// Checked before the move, so a refused publication leaves the article in the status it had. A change without a
    /// move keeps a live article live.
    /// </summary>
    private ArticleChangeResult? RefuseImagesWithoutAlt(Article article, Change change, NewsroomText text)
    {
        var goesLive = change.Move is null ? article.Status is ArticleStatus.Published or ArticleStatus.Scheduled : change.GoesLive;
        return goesLive && imageAlt.Check(article.BodyMarkdown, text) is { } problem
            ? new ArticleChangeResult(ChangeOutcome.Invalid, article, problem)
            : null;
    }

    /// <param name="before">The article's share of the published counts before the change.</param>
    private async Task<ArticleChangeResult> CommitAsync(
        Article article, PublishedCounts.Share before, int basedOnVersion, ArticleActor actor, Change change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Entry(article).State != EntityState.Added)
        {
            // The UPDATE carries "WHERE Version = <the version the change was based on>": of two racing saves, one wins.
            db.Entry(article).Property(a => a.Version).OriginalValue = basedOnVersion;
        }
        article.Version++;
        try
        {
            var ownTransaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (ownTransaction)
            {
                // The article first, for its id (and its new tags' ids); then what names it and counts it.
                await db.SaveChangesAsync(cancellationToken);
                await PublishedCounts.Between(before, PublishedCounts.Of(article)).ApplyAsync(db, cancellationToken);
                if (change != Autosaving || !await ContinueAutosaveRevisionAsync(article, actor, now, cancellationToken))
                {
                    db.Add(ArticleRevision.Of(article, change.Reason, actor.UserId, actor.Name, now));
                    audit.Add(change.AuditAction, ArticleAuditSubject.Of(article, change.Note), actor.UserId, actor.Name);
                }
                await db.SaveChangesAsync(cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ArticleChangeResult(ChangeOutcome.Stale, await LoadAsync(article.Id, cancellationToken), actor.Text.Conflict);
        }
        return new ArticleChangeResult(ChangeOutcome.Saved, article);
    }

    /// <summary>
    /// Brings the article's latest revision up to this autosave when it is the same person's autosave from the last
    /// <see cref="AutosaveStretch"/>; false when this autosave starts a revision of its own.
    /// </summary>
    private async Task<bool> ContinueAutosaveRevisionAsync(Article article, ArticleActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await db.Set<ArticleRevision>().Where(r => r.ArticleId == article.Id).OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || !latest.ContinuesAsAutosave(actor.UserId, now - AutosaveStretch))
        {
            return false;
        }
        latest.Refresh(article, now);
        return true;
    }

    /// <summary>
    /// One kind of change: why its revision exists, what the audit log calls it, its workflow move (if any) and what
    /// the audit entry adds after the article's name, and whether its move puts the article before readers.
    /// </summary>
    private sealed record Change(string Reason, string AuditAction, Action<Article, DateTimeOffset>? Move = null, string? Note = null, bool GoesLive = false);

    private static readonly Change Creation = new(RevisionReasons.Save, AuditActions.ArticleCreate);
    private static readonly Change Saving = new(RevisionReasons.Save, AuditActions.ArticleSave);
    private static readonly Change Autosaving = new(RevisionReasons.Autosave, AuditActions.ArticleAutosave);
    private static readonly Change Restoring = new(RevisionReasons.Restore, AuditActions.Restore);
    private static readonly Change Correcting = new(RevisionReasons.Correction, AuditActions.Correction);
    private static readonly Change ScheduledPublication = new(RevisionReasons.Workflow, AuditActions.Publish, Note: ArticleAuditSubject.Scheduled);
    private static readonly Change Retelling = new(RevisionReasons.Retell, AuditActions.ArticleCreate, Note: ArticleAuditSubject.Retelling);
    private static readonly Change Importing = new(RevisionReasons.Import, AuditActions.ArticleCreate, Note: ArticleAuditSubject.Imported);
    private static readonly Change Reimporting = new(RevisionReasons.Import, AuditActions.ArticleSave, Note: ArticleAuditSubject.Imported);
}
