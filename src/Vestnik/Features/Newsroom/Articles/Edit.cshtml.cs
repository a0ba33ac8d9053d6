using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>The article editor: one form, one POST whose <see cref="Command"/> names the workflow step after saving.</summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class EditModel(
    ArticleEditor editor, EditorOptionsQuery optionsQuery, VestnikDbContext db, AuditLog audit, TimeProvider clock,
    NewsroomTime newsroomTime, MarkdownRenderer markdown, PageMeta meta) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    [BindProperty]
    public string Command { get; set; } = "save";

    public Article? Article { get; private set; }
    public EditorOptions Options { get; private set; } = null!;
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }
    public bool IsConflict { get; private set; }
    public string? Notice { get; private set; }
    public string? PreviewHtml { get; private set; }
    public bool CanEdit { get; private set; } = true;
    public NewsroomTime Time => newsroomTime;

    public async Task<IActionResult> OnGetAsync(int? id, string? done, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null)
        {
            Article = await editor.LoadAsync(id.Value, cancellationToken);
            if (Article is null)
            {
                return NotFound();
            }
            Form = ArticleForm.From(Article);
            CanEdit = ArticleAccess.CanEdit(User, Article);
        }
        else
        {
            var options = await optionsQuery.LoadAsync(NewsroomLanguage.Of(HttpContext), null, cancellationToken);
            Form.SectionId = options.Sections is [var first, ..] ? first.Id : 0;
        }
        Notice = done is null ? null : Text.Saved;
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (id is not null)
        {
            Article = await editor.LoadAsync(id.Value, cancellationToken);
            if (Article is null)
            {
                return NotFound();
            }
        }
        var command = (Command ?? "").ToLowerInvariant();
        if (!Allowed(command))
        {
            return Forbid();
        }
        switch (command)
        {
            case "preview":
                PreviewHtml = markdown.ToHtml(Form.Body ?? "");
                return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
            case "delete":
                return await DeleteAsync(cancellationToken);
            case "correction":
                return await AddCorrectionAsync(cancellationToken);
        }

        var (transition, auditAction) = Transition(command);
        if (transition is null && command != "save")
        {
            return BadRequest();
        }
        if (command == "schedule" && Form.ScheduleAt is null)
        {
            Error = Text.ScheduleRequired;
            return await ShowAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }
        var result = await editor.SaveAsync(Article, Form, User, command == "save" ? RevisionReasons.Save : RevisionReasons.Workflow, Text,
            transition, saved => AuditMove(saved, auditAction), cancellationToken);
        return await RespondAsync(result, cancellationToken);
    }

    /// <summary>The live preview: the same renderer as the reader site, so what the editor sees is what readers get.</summary>
    public IActionResult OnPostPreview() =>
        Content(markdown.ToHtml(Form.Body ?? ""), "text/html; charset=utf-8");

    /// <summary>Called by newsroom.js every 30 s while a draft is open and changed; answers the new version as JSON.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        Article = await editor.LoadAsync(id, cancellationToken);
        if (Article is null)
        {
            return NotFound();
        }
        if (!ArticleAccess.CanEdit(User, Article))
        {
            return Forbid();
        }
        var result = await editor.SaveAsync(Article, Form, User, RevisionReasons.Autosave, Text, cancellationToken: cancellationToken);
        return result.Outcome switch
        {
            SaveOutcome.Saved => new JsonResult(new { version = result.Article!.Version, message = Text.Autosaved }),
            SaveOutcome.Conflict => new JsonResult(new { message = result.Message }) { StatusCode = StatusCodes.Status409Conflict },
            _ => new JsonResult(new { message = result.Message }) { StatusCode = StatusCodes.Status400BadRequest },
        };
    }

    private bool Allowed(string command) => command switch
    {
        "save" or "preview" => Article is null || ArticleAccess.CanEdit(User, Article),
        "submit" => Article is null || ArticleAccess.CanMove(User, Article, ArticleStatus.InReview),
        "delete" => Article is not null && ArticleAccess.IsEditor(User) && !Article.IsPublished,
        _ => ArticleAccess.IsEditor(User),
    };

    private (Action<Article>? Transition, string? AuditAction) Transition(string command)
    {
        var now = clock.GetUtcNow();
        return command switch
        {
            "submit" => (a => a.Submit(), null),
            "publish" => (a => a.Publish(now), AuditActions.Publish),
            "schedule" => (a => a.Schedule(editor.FromNewsroomLocal(Form.ScheduleAt!.Value), now), AuditActions.Schedule),
            "unpublish" => (a => a.Unpublish(), AuditActions.Unpublish),
            "draft" => (a => a.ReturnToDraft(), null),
            _ => (null, null),
        };
    }

    private void AuditMove(Article article, string? action)
    {
        if (action is not null)
        {
            var when = action == AuditActions.Schedule && article.ScheduledFor is { } at ? $" ({at:u})" : "";
            audit.Add(action, $"article #{article.Id} «{article.Title}»{when}");
        }
    }

    private async Task<IActionResult> RespondAsync(SaveResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return RedirectToPage(null, new { id = result.Article!.Id, done = 1 });
            case SaveOutcome.Conflict:
                Article = result.Article;
                IsConflict = true;
                Error = result.Message;
                // The user's text stays in the form; the version it is now based on is the latest one, so saving again overwrites knowingly.
                Form.Version = Article?.Version ?? Form.Version;
                return await ShowAsync(StatusCodes.Status409Conflict, cancellationToken);
            default:
                Article = result.Article;
                Error = result.Message;
                return await ShowAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private async Task<IActionResult> DeleteAsync(CancellationToken cancellationToken)
    {
        audit.Add(AuditActions.Delete, $"article #{Article!.Id} «{Article.Title}»");
        db.Articles.Remove(Article);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Newsroom/Articles/Index");
    }

    private async Task<IActionResult> AddCorrectionAsync(CancellationToken cancellationToken)
    {
        var text = (Form.Correction ?? "").Trim();
        if (text.Length is 0 or > 4000 || Article is null)
        {
            Error = Text.CorrectionRequired;
            return await ShowAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }
        var now = clock.GetUtcNow();
        Article.Corrections.Add(new Correction { Text = text, CreatedAt = now });
        Article.MarkUpdated(now);
        Article.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(null, new { id = Article.Id, done = 1 });
    }

    private async Task<PageResult> ShowAsync(int status, CancellationToken cancellationToken)
    {
        Options = await optionsQuery.LoadAsync(NewsroomLanguage.Of(HttpContext), Form.LeadMediaId, cancellationToken);
        meta.Title = Article is null ? Text.NewArticle : Article.Title;
        meta.NoIndex = true;
        Response.StatusCode = status;
        return Page();
    }

    public string ReaderUrl(Article article) => ReaderUrls.Article(article.Language, article.Slug);
}
