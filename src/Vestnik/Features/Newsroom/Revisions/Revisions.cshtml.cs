using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.Revisions;

public sealed record RevisionRow(long Id, int Version, DateTimeOffset SavedAt, string SavedBy, string Reason, ArticleStatus Status);

/// <summary>An article's revisions, newest first; one selected revision compared with the current text, and restorable.</summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class RevisionsModel(VestnikDbContext db, ArticleWorkflow workflow, NewsroomTime time, PageMeta meta) : PageModel
{
    public const int MaxRevisionsShown = 200;

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<RevisionRow> Rows { get; private set; } = [];
    public ArticleRevision? Selected { get; private set; }
    public IReadOnlyList<DiffLine> TitleDiff { get; private set; } = [];
    public IReadOnlyList<DiffLine> DekDiff { get; private set; } = [];
    public IReadOnlyList<DiffLine> BodyDiff { get; private set; } = [];
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public NewsroomTime Time => time;
    public bool CanRestore { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, long? revision, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var article = await workflow.LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        await ShowAsync(article, revision, cancellationToken);
        return Page();
    }

    /// <summary>Puts a revision's text back as a new save; the text it replaces stays in the history.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, long revision, int version, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var article = await workflow.LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        if (!ArticleAccess.CanEdit(User, article))
        {
            return Forbid();
        }
        var old = await db.Set<ArticleRevision>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision && r.ArticleId == id, cancellationToken);
        if (old is null)
        {
            return NotFound();
        }
        var result = await workflow.RestoreAsync(article, old, version, ArticleActor.Of(User, Text), cancellationToken);
        if (result.Saved)
        {
            return Redirect($"/newsroom/articles/edit/{id}?done=1");
        }
        Error = result.Message;
        await ShowAsync(result.Article ?? article, revision, cancellationToken);
        Response.StatusCode = result.StatusCode;
        return Page();
    }

    private async Task ShowAsync(Article article, long? revision, CancellationToken cancellationToken)
    {
        Article = article;
        CanRestore = ArticleAccess.CanEdit(User, article);
        var revisions = db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == article.Id);
        Rows = await revisions.OrderByDescending(r => r.Id).Take(MaxRevisionsShown)
            .Select(r => new RevisionRow(r.Id, r.Version, r.SavedAt, r.SavedByName, r.Reason, r.Status))
            .ToListAsync(cancellationToken);
        Selected = revision is null ? null : await revisions.FirstOrDefaultAsync(r => r.Id == revision, cancellationToken);
        if (Selected is not null)
        {
            TitleDiff = LineDiff.Compare(Selected.Title, article.Title);
            DekDiff = LineDiff.Compare(Selected.Dek, article.Dek);
            BodyDiff = LineDiff.Compare(Selected.BodyMarkdown, article.BodyMarkdown);
        }
        meta.Title = $"{Text.Revisions}: {article.Title}";
        meta.NoIndex = true;
    }
}
