using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.Revisions;

/// <summary>An article's revisions, newest first; one selected revision compared with the current text, and restorable.</summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class RevisionsModel(ArticleRevisionsQuery revisions, ArticleWorkflow workflow, NewsroomTime time, PageMeta meta) : PageModel
{
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
        var old = await revisions.FindAsync(id, revision, cancellationToken);
        if (old is null)
        {
            return NotFound();
        }
        var result = await workflow.RestoreAsync(article, old, version, ArticleActor.Of(User, Text), cancellationToken);
        if (result.Saved)
        {
            return Redirect($"{NewsroomUrls.EditArticle(id)}?done=1");
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
        Rows = await revisions.ListAsync(article.Id, cancellationToken);
        Selected = revision is { } id ? await revisions.FindAsync(article.Id, id, cancellationToken) : null;
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
