using System.Globalization;
using Microsoft.Net.Http.Headers;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Api.Keys;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;

namespace Vestnik.Features.Api.Admin;

/// <summary>
/// The admin API's article operations. Each one acts as the key's account: the editor's capability checks decide
/// whether it may (authors create and change their own drafts and submit them; publishing, scheduling and
/// unpublishing are an editor's), and <see cref="ArticleWorkflow"/> makes the change, as it does for the editor.
/// </summary>
public static class AdminArticleEndpoints
{
    /// <summary>The largest article body accepted: the editor's longest text, in four-byte characters, with room for JSON escapes.</summary>
    public const long MaxArticleRequestBytes = 2 * 1024 * 1024;

    private const string Articles = "/admin/articles";
    private const string OneArticle = Articles + "/{id:int}";

    public static RouteGroupBuilder MapAdminArticleEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(Articles, CreateAsync).WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>("createArticle", StatusCodes.Status201Created, "Create a draft",
                "The draft is saved as if the key's account wrote it in the editor: a revision, an audit entry naming the key. "
                + "Without authors, the account's own byline signs it.", body: typeof(AdminArticleInput));
        api.MapGet(OneArticle, GetAsync).WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>("getAdminArticle", StatusCodes.Status200OK, "One article in any status",
                "With its version; the ETag is what If-Match sends back.", byId: true);
        api.MapPut(OneArticle, ReplaceAsync).WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>("replaceArticle", StatusCodes.Status200OK, "Replace an article's fields",
                "Every field the API carries is set; a field left out becomes empty. If-Match is required.",
                body: typeof(AdminArticleInput), byId: true, conditional: true);
        api.MapPatch(OneArticle, PatchAsync).WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>("updateArticle", StatusCodes.Status200OK, "Change some of an article's fields",
                "Only the fields sent change; a field left out or null keeps its value. If-Match is required.",
                body: typeof(AdminArticleInput), byId: true, conditional: true);
        MapMove(api, "submit", "submitArticle", "Send a draft to the editors", (workflow, article, form, actor, ct) =>
            workflow.SubmitAsync(article, form, actor, ct));
        MapMove(api, "publish", "publishArticle", "Publish now", (workflow, article, form, actor, ct) =>
            workflow.PublishAsync(article, form, actor, ct), editorsOnly: true);
        MapMove(api, "unpublish", "unpublishArticle", "Take a published article off the site", (workflow, article, form, actor, ct) =>
            workflow.UnpublishAsync(article, form, actor, ct), editorsOnly: true);
        api.MapPost(OneArticle + "/schedule", ScheduleAsync).WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>("scheduleArticle", StatusCodes.Status200OK, "Schedule publication",
                "The article goes live by itself at the time given. An editor's step. If-Match is optional.",
                body: typeof(AdminScheduleInput), byId: true, move: true);
        return api;
    }

    private delegate Task<ArticleChangeResult> Move(ArticleWorkflow workflow, Article article, ArticleForm form, ArticleActor actor, CancellationToken cancellationToken);

    private static void MapMove(RouteGroupBuilder api, string step, string operationId, string summary, Move move, bool editorsOnly = false)
    {
        api.MapPost($"{OneArticle}/{step}", (int id, HttpContext context, ActingAccount accounts, ArticleWorkflow workflow, AdminArticleView view) =>
                ChangeAsync(id, context, accounts, workflow, view, mayAsk: editorsOnly ? MayDecide : MayEdit, conditional: false,
                    change: async (actor, article, version) =>
                    {
                        var form = ArticleForm.From(article);
                        form.Version = version;
                        return await move(workflow, article, form, actor.Actor, context.RequestAborted);
                    }))
            .WithMetadata(new RequiredScope(ApiScopes.ArticlesWrite))
            .DescribeAdmin<AdminArticle>(operationId, StatusCodes.Status200OK, summary,
                (editorsOnly ? "An editor's step." : "The article's author or an editor.")
                + " The workflow decides whether the article's status allows it (409 with the reason when not). If-Match is optional.",
                byId: true, move: true);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ActingAccount accounts, AdminArticleFields fields, ArticleWorkflow workflow, AdminArticleView view)
    {
        var cancellationToken = context.RequestAborted;
        var (actor, refusal) = await accounts.ResolveAsync(context);
        if (actor is null)
        {
            return refusal!;
        }
        var (input, unreadable) = await AdminRequestBody.ReadJsonAsync<AdminArticleInput>(context.Request, MaxArticleRequestBytes);
        if (input is null)
        {
            return unreadable!;
        }
        var form = new ArticleForm();
        if (await fields.ApplyAsync(form, input, replace: true, cancellationToken) is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(errors);
        }
        var result = await workflow.SaveAsync(null, form, actor.Actor, cancellationToken);
        if (!result.Saved)
        {
            return Refusal(result);
        }
        var created = (await view.FindAsync(result.Article!.Id, cancellationToken))!;
        context.Response.Headers.ETag = AdminArticleView.ETag(created.Version);
        return TypedResults.Created($"{ApiFeature.Prefix}{Articles}/{created.Id.ToString(CultureInfo.InvariantCulture)}", created);
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, ActingAccount accounts, AdminArticleView view)
    {
        var (actor, refusal) = await accounts.ResolveAsync(context);
        if (actor is null)
        {
            return refusal!;
        }
        if (await view.FindAsync(id, context.RequestAborted) is not { } article)
        {
            return NoArticle(id);
        }
        context.Response.Headers.ETag = AdminArticleView.ETag(article.Version);
        return TypedResults.Ok(article);
    }

    private static Task<IResult> ReplaceAsync(int id, HttpContext context, ActingAccount accounts, AdminArticleFields fields, ArticleWorkflow workflow, AdminArticleView view) =>
        UpdateAsync(id, context, accounts, fields, workflow, view, replace: true);

    private static Task<IResult> PatchAsync(int id, HttpContext context, ActingAccount accounts, AdminArticleFields fields, ArticleWorkflow workflow, AdminArticleView view) =>
        UpdateAsync(id, context, accounts, fields, workflow, view, replace: false);

    private static Task<IResult> UpdateAsync(
        int id, HttpContext context, ActingAccount accounts, AdminArticleFields fields, ArticleWorkflow workflow, AdminArticleView view, bool replace) =>
        ChangeAsync(id, context, accounts, workflow, view, MayEdit, conditional: true, async (actor, article, version) =>
        {
            var (input, unreadable) = await AdminRequestBody.ReadJsonAsync<AdminArticleInput>(context.Request, MaxArticleRequestBytes);
            if (input is null)
            {
                return unreadable!;
            }
            var form = ArticleForm.From(article);
            form.Version = version;
            if (await fields.ApplyAsync(form, input, replace, context.RequestAborted) is { Count: > 0 } errors)
            {
                return ApiProblems.Invalid(errors);
            }
            return await workflow.SaveAsync(article, form, actor.Actor, context.RequestAborted);
        });

    private static Task<IResult> ScheduleAsync(int id, HttpContext context, ActingAccount accounts, ArticleWorkflow workflow, AdminArticleView view) =>
        ChangeAsync(id, context, accounts, workflow, view, MayDecide, conditional: false, async (actor, article, version) =>
        {
            var (input, unreadable) = await AdminRequestBody.ReadJsonAsync<AdminScheduleInput>(context.Request, MaxArticleRequestBytes);
            if (input is null)
            {
                return unreadable!;
            }
            if (input.At is not { } at)
            {
                return ApiProblems.Invalid(new Dictionary<string, string[]> { ["at"] = ["The time to publish at is required (ISO 8601 with an offset)."] });
            }
            var form = ArticleForm.From(article);
            form.Version = version;
            return await workflow.ScheduleAsync(article, form, at, actor.Actor, context.RequestAborted);
        });

    /// <summary>Authors change their own drafts; editors change anything: the editor's rule.</summary>
    private static bool MayEdit(ApiActor actor, Article article) => ArticleAccess.CanEdit(actor.User, article);

    /// <summary>Publishing, scheduling and unpublishing are the editors' decisions.</summary>
    private static bool MayDecide(ApiActor actor, Article article) => actor.Allows(StaffPolicies.Publish);

    /// <summary>
    /// The steps every change of an existing article takes: the account, the article (404), the account's right to
    /// ask (403), the version it is based on (If-Match; required for changes of the text), then the change itself,
    /// which answers either a refusal of its own input or the workflow's result.
    /// </summary>
    private static async Task<IResult> ChangeAsync(
        int id, HttpContext context, ActingAccount accounts, ArticleWorkflow workflow, AdminArticleView view,
        Func<ApiActor, Article, bool> mayAsk, bool conditional, Func<ApiActor, Article, int, Task<object>> change)
    {
        var cancellationToken = context.RequestAborted;
        var (actor, refusal) = await accounts.ResolveAsync(context);
        if (actor is null)
        {
            return refusal!;
        }
        if (await workflow.LoadAsync(id, cancellationToken) is not { } article)
        {
            return NoArticle(id);
        }
        if (!mayAsk(actor, article))
        {
            return ApiProblems.AccountRefused(actor.Allows(StaffPolicies.Publish)
                ? "The key's account may not do this."
                : "The key's account is an author's: it changes only its own drafts, and publishing is an editor's decision.");
        }
        var (version, badVersion) = IfMatch(context.Request, article.Version, conditional);
        if (badVersion is not null)
        {
            return badVersion;
        }
        switch (await change(actor, article, version))
        {
            case IResult answer:
                return answer;
            case ArticleChangeResult { Saved: true } saved:
                var current = (await view.FindAsync(saved.Article!.Id, cancellationToken))!;
                context.Response.Headers.ETag = AdminArticleView.ETag(current.Version);
                return TypedResults.Ok(current);
            case ArticleChangeResult result:
                if (result.Outcome == ChangeOutcome.Stale && result.Article is { } latest)
                {
                    context.Response.Headers.ETag = AdminArticleView.ETag(latest.Version);
                }
                return Refusal(result);
            default:
                throw new InvalidOperationException("A change answers a refusal or the workflow's result.");
        }
    }

    /// <summary>The version If-Match names: required for conditional changes (428 without it), the current one otherwise.</summary>
    private static (int Version, IResult? Refusal) IfMatch(HttpRequest request, int current, bool required)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0)
        {
            return required ? (0, ApiProblems.PreconditionRequired()) : (current, null);
        }
        if (header == "*")
        {
            return (current, null);
        }
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (0, ApiProblems.BadRequest("If-Match holds one ETag as GET gave it, such as \"3\"."));
    }

    private static IResult Refusal(ArticleChangeResult result) => result.Outcome switch
    {
        ChangeOutcome.Stale => ApiProblems.Stale(result.Article?.Version ?? 0),
        ChangeOutcome.NotAllowed => ApiProblems.Conflict(result.Article is { } article
            ? $"The article is {article.Status.ToString().ToLowerInvariant()}: the workflow does not allow this step from there."
            : result.Message ?? "The workflow does not allow this step."),
        _ => ApiProblems.BadRequest(result.Message ?? "The article cannot be saved as sent."),
    };

    private static IResult NoArticle(int id) => ApiProblems.NotFound($"No article has the id {id.ToString(CultureInfo.InvariantCulture)}.");
}
