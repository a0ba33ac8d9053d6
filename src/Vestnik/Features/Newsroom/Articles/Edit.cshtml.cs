using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Conflicts;
using Vestnik.Features.Newsroom.Articles.Presence;
using Vestnik.Features.Newsroom.Articles.Retelling;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Catalog;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// The article editor: one form whose buttons post to named handlers, one per workflow operation. Each handler
/// checks who may ask for it (authors save and submit their own drafts; the rest needs <see cref="StaffPolicies.Publish"/>);
/// <see cref="ArticleWorkflow"/> checks what the article's status allows and commits.
/// </summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class EditModel(
    ArticleWorkflow workflow, EditorOptionsQuery optionsQuery, OwnBylines bylines, IAuthorizationService authorization,
    NewsroomTime newsroomTime, MarkdownRenderer markdown, IBodyImageCatalog bodyImages, PageMeta meta, ArticleRevisionsQuery revisions,
    RetellingSourceQuery retelling) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public Article? Article { get; private set; }
    public EditorOptions Options { get; private set; } = null!;
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }
    public bool IsConflict { get; private set; }
    public string? Notice { get; private set; }
    public string? PreviewHtml { get; private set; }

    /// <summary>Replacements the typography would still make in the form's text: checked on every showing.</summary>
    public int TypographyFixes { get; private set; }
    public bool CanEdit { get; private set; } = true;
    public RetellingPane Retelling { get; private set; } = null!;
    public NewsroomTime Time => newsroomTime;

    /// <summary>The article's latest revisions, offered for restoring from the editor.</summary>
    public IReadOnlyList<RevisionRow> RecentRevisions { get; private set; } = [];

    /// <summary>Set when a save met a newer version: both texts side by side.</summary>
    public SaveConflict? Conflict { get; private set; }

    public const int RecentRevisionsShown = 10;

    public async Task<IActionResult> OnGetAsync(int? id, string? done, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null)
        {
            Article = await workflow.LoadAsync(id.Value, cancellationToken);
            if (Article is null)
            {
                return NotFound();
            }
            Form = ArticleForm.From(Article);
            // A scheduled article shows its time, so moving it means changing the time rather than retyping it.
            if (Article.ScheduledFor is { } scheduled)
            {
                Form.ScheduleAt = ScheduleInput.Format(scheduled, newsroomTime.Zone, NewsroomLanguage.Of(HttpContext));
            }
            CanEdit = ArticleAccess.CanEdit(User, Article);
        }
        else
        {
            var options = await optionsQuery.LoadAsync(NewsroomLanguage.Of(HttpContext), null, cancellationToken);
            Form.SectionId = options.Sections is [var first, ..] ? first.Id : 0;
            if (await bylines.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is { } own)
            {
                Form.AuthorIds = [own];
            }
        }
        Notice = done is null ? null : Text.Saved;
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>A post that names no operation (a stale page, a hand-made request) changes nothing.</summary>
    public IActionResult OnPost() => BadRequest();

    public Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayWrite, actor => workflow.SaveAsync(Article, Form, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayWrite, actor => workflow.SubmitAsync(Article, Form, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, async actor => await VerbatimWarningAsync(cancellationToken)
            ?? await workflow.PublishAsync(Article, Form, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, async actor => ScheduleInput.TryParse(Form.ScheduleAt, out var local)
            ? await VerbatimWarningAsync(cancellationToken) ?? await workflow.ScheduleAsync(Article, Form, newsroomTime.FromLocal(local), actor, cancellationToken)
            : new ArticleChangeResult(ChangeOutcome.Invalid, Article, string.IsNullOrWhiteSpace(Form.ScheduleAt) ? Text.ScheduleRequired : Text.ScheduleUnreadable),
            cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, actor => workflow.UnpublishAsync(Article, Form, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnToDraftAsync(int? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, actor => workflow.ReturnToDraftAsync(Article, Form, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCorrectionAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, actor => workflow.AddCorrectionAsync(Article!, Form.Version, Form.Correction, actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, MayDecideAsync, actor => workflow.DeleteAsync(Article!, Form.Version, actor, cancellationToken), cancellationToken,
            afterwards: "/Newsroom/Articles/Index");

    /// <summary>"Preview" without JavaScript: the whole editor again, the text as posted and its rendering beside it.</summary>
    public async Task<IActionResult> OnPostShowPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null && (Article = await workflow.LoadAsync(id.Value, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!await MayWrite(Article))
        {
            return Forbid();
        }
        PreviewHtml = await markdown.ToHtmlAsync(Form.Body ?? "", bodyImages, cancellationToken);
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>"Typography": sets the form's text by the language's rules and shows it back unsaved, for the writer to check.</summary>
    public async Task<IActionResult> OnPostTypographyAsync(int? id, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null && (Article = await workflow.LoadAsync(id.Value, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!await MayWrite(Article))
        {
            return Forbid();
        }
        var fixes = ArticleTypography.Apply(Form);
        Notice = fixes == 0 ? Text.TypographyNothing : Text.TypographyApplied(fixes);
        PreviewHtml = await markdown.ToHtmlAsync(Form.Body, bodyImages, cancellationToken);
        // The posted text changed under the model binder's feet: show what the form now holds, not what was posted.
        ModelState.Clear();
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>The live preview: the same renderer as the reader site, so what the editor sees is what readers get.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken) =>
        Content(await markdown.ToHtmlAsync(Form.Body ?? "", bodyImages, cancellationToken), "text/html; charset=utf-8");

    /// <summary>The source pane's overlap figures, recomputed by retelling.js as the body or the pasted original changes.</summary>
    public async Task<IActionResult> OnPostOverlapAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null && (Article = await workflow.LoadAsync(id.Value, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!await MayWrite(Article))
        {
            return Forbid();
        }
        return Partial(RetellingPane.OverlapPartial, await retelling.LoadAsync(Article, Form, cancellationToken));
    }

    /// <summary>
    /// Publishing (now or on a schedule) while long passages repeat the source outside quotation marks comes back with
    /// a warning the editor may overrule by ticking "publish anyway": a check on attribution, not a block.
    /// </summary>
    private async Task<ArticleChangeResult?> VerbatimWarningAsync(CancellationToken cancellationToken)
    {
        if (Form.PublishDespiteVerbatim)
        {
            return null;
        }
        var flagged = (await retelling.LoadAsync(Article, Form, cancellationToken)).Overlap.FlaggedPassages;
        return flagged == 0
            ? null
            : new ArticleChangeResult(ChangeOutcome.NotAllowed, Article, RetellingText.For(NewsroomLanguage.Of(HttpContext)).PublishWarning(flagged));
    }

    /// <summary>
    /// Called by editor-safety.js a few seconds after typing stops and when the page is left; answers the new version
    /// and the status line as JSON. A new article's first autosave creates the draft and answers its address.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null && (Article = await workflow.LoadAsync(id.Value, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!await MayWrite(Article))
        {
            return Forbid();
        }
        var result = await workflow.AutosaveAsync(Article, Form, ArticleActor.Of(User, Text), cancellationToken);
        if (!result.Saved)
        {
            return new JsonResult(new { message = result.Message, conflict = result.Outcome == ChangeOutcome.Stale }) { StatusCode = result.StatusCode };
        }
        var saved = result.Article!;
        var message = EditorSafetyText.For(NewsroomLanguage.Of(HttpContext)).SavedAt(newsroomTime.ToLocal(clock.GetUtcNow()));
        return new JsonResult(new { id = saved.Id, version = saved.Version, url = NewsroomUrls.EditArticle(saved.Id), message });
    }

    /// <summary>The open editor's heartbeat: answers who else has the article open, and the warning to show.</summary>
    public async Task<IActionResult> OnPostPresenceAsync(int id, [FromServices] EditorPresence presence, CancellationToken cancellationToken)
    {
        if (await presence.AccessAsync(id, User, cancellationToken) is var access and not PresenceAccess.Allowed)
        {
            return access == PresenceAccess.NoArticle ? NotFound() : Forbid();
        }
        var others = await presence.BeatAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        return new JsonResult(new { others, message = EditorSafetyText.For(NewsroomLanguage.Of(HttpContext)).AlsoEditing(others) });
    }

    /// <summary>The editor closes: the others' warning goes at their next heartbeat rather than after the expiry.</summary>
    public async Task<IActionResult> OnPostLeaveAsync(int id, [FromServices] EditorPresence presence, CancellationToken cancellationToken)
    {
        if (await presence.AccessAsync(id, User, cancellationToken) is var access and not PresenceAccess.Allowed)
        {
            return access == PresenceAccess.NoArticle ? NotFound() : Forbid();
        }
        await presence.LeaveAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        return new NoContentResult();
    }

    /// <summary>Authors write new articles and their own drafts; editors write anything.</summary>
    private Task<bool> MayWrite(Article? article) => Task.FromResult(article is null || ArticleAccess.CanEdit(User, article));

    /// <summary>Publishing, scheduling, unpublishing, corrections and deleting are the editors' decisions.</summary>
    private async Task<bool> MayDecideAsync(Article? article) =>
        (await authorization.AuthorizeAsync(User, article, StaffPolicies.Publish)).Succeeded;

    /// <summary>
    /// Loads the article (none for a new one), checks the user may ask for the change, runs it and answers: back to
    /// the editor (or to <paramref name="afterwards"/>) when it is done, the form with the user's text and a message
    /// when it is not.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        int? id, Func<Article?, Task<bool>> mayAsk, Func<ArticleActor, Task<ArticleChangeResult>> change, CancellationToken cancellationToken,
        string? afterwards = null)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null && (Article = await workflow.LoadAsync(id.Value, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!await mayAsk(Article))
        {
            return Forbid();
        }
        var result = await change(ArticleActor.Of(User, Text));
        if (result.Saved)
        {
            return afterwards is null ? RedirectToPage(null, new { id = result.Article!.Id, done = 1 }) : RedirectToPage(afterwards);
        }
        // The user's text stays in the form whatever went wrong.
        Article = result.Article;
        Error = result.Message;
        IsConflict = result.Outcome == ChangeOutcome.Stale;
        if (IsConflict && Article is not null)
        {
            // Based on the latest version now, so saving again overwrites knowingly.
            Form.Version = Article.Version;
            // The hidden field would otherwise show the posted, stale version: inputs prefer what was posted.
            ModelState.Remove($"{nameof(Form)}.{nameof(ArticleForm.Version)}");
            if (await revisions.LatestAsync(Article.Id, 1, cancellationToken) is [var latest])
            {
                Conflict = SaveConflict.Between(latest, Article, Form);
            }
        }
        return await ShowAsync(result.StatusCode, cancellationToken);
    }

    private async Task<PageResult> ShowAsync(int status, CancellationToken cancellationToken)
    {
        Options = await optionsQuery.LoadAsync(NewsroomLanguage.Of(HttpContext), Form.LeadMediaId, cancellationToken);
        TypographyFixes = CanEdit ? ArticleTypography.Count(Form) : 0;
        if (Article is not null)
        {
            RecentRevisions = await revisions.LatestAsync(Article.Id, RecentRevisionsShown, cancellationToken);
        }
        Retelling = await retelling.LoadAsync(Article, Form, cancellationToken);
        meta.Title = Article is null ? Text.NewArticle : Article.Title;
        meta.NoIndex = true;
        Response.StatusCode = status;
        return Page();
    }

    public string ReaderUrl(Article article) => ReaderUrls.Article(article.Language, article.Slug);
}
