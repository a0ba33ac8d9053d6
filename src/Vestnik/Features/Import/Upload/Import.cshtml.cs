using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Import.Upload;

/// <summary>
/// The admins' import: upload an export, watch its run in the background, read its report and the past runs.
/// The upload streams to disk as it arrives (<see cref="ImportUploads"/>), so the antiforgery token is checked on the
/// form's fields once the body is read, before anything is queued, instead of by the framework reading the form first.
/// </summary>
[Authorize(Policy = StaffPolicies.ImportArchive)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(
    ImportRunsQuery runs, ImportUploads uploads, ImportRunJob job, IAntiforgery antiforgery, IOptions<ImportUploadOptions> options,
    VestnikDbContext db, AuditLog audit, NewsroomTime time, TimeProvider clock, PageMeta meta, ILogger<ImportModel> logger) : PageModel
{
    public ImportText Text { get; private set; } = ImportText.Ru;
    public ImportRun? Run { get; private set; }
    public IReadOnlyList<ImportRun> History { get; private set; } = [];
    public string? Error { get; private set; }
    public ImportRunSource Source { get; private set; }
    public bool DryRun { get; private set; }
    public bool IncludePages { get; private set; }
    public ImportUploadOptions Limits => options.Value;
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task OnGetAsync(long? run, CancellationToken cancellationToken) => await PrepareAsync(run, cancellationToken);

    /// <summary>The run's progress as JSON, polled by <c>import.js</c>.</summary>
    public async Task<IActionResult> OnGetStatusAsync(long id, CancellationToken cancellationToken)
    {
        var text = ImportText.For(NewsroomLanguage.Of(HttpContext));
        return await runs.StatusAsync(id, text, cancellationToken) is { } status ? new JsonResult(status) : NotFound();
    }

    /// <remarks>
    /// Takes no parameters: binding one would make the framework read the whole form first (buffering the file),
    /// leaving <see cref="ImportUploads"/> nothing to stream.
    /// </remarks>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Text = ImportText.For(NewsroomLanguage.Of(HttpContext));
        if (!Request.HasFormContentType || Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            // Not an upload: the token decides between "forged" (400) and "no file" (400 with the form).
            return await antiforgery.IsRequestValidAsync(HttpContext) ? await FailAsync(UploadProblem.NoFile, cancellationToken) : BadRequest();
        }
        if (Request.ContentLength > MaxUploadBytes + ImportUploads.FormOverhead)
        {
            return await FailAsync(UploadProblem.TooLarge, cancellationToken);
        }
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadBytes + ImportUploads.FormOverhead;
        }
        try
        {
            var (upload, tooLarge) = await uploads.ReceiveAsync(Request, cancellationToken);
            // The fields read beside the file are the form the token is checked on.
            HttpContext.Features.Set<IFormFeature>(new FormFeature(new FormCollection(upload.Fields.ToDictionary(f => f.Key, f => new Microsoft.Extensions.Primitives.StringValues(f.Value)))));
            if (!await antiforgery.IsRequestValidAsync(HttpContext))
            {
                uploads.Delete(upload.Folder);
                return BadRequest();
            }
            ReadOptions(upload.Fields);
            if (tooLarge is { } problem)
            {
                uploads.Delete(upload.Folder);
                return await FailAsync(problem, cancellationToken);
            }
            var (export, media, refused) = uploads.Prepare(upload, Source);
            if (refused is not null || export is null)
            {
                uploads.Delete(upload.Folder);
                return await FailAsync(refused ?? UploadProblem.NoExport, cancellationToken);
            }
            var folder = uploads.FolderOf(upload.Folder);
            var run = new ImportRun
            {
                Source = Source, FileName = upload.FileName ?? "", Folder = upload.Folder, DryRun = DryRun, IncludePages = IncludePages,
                ExportFile = Path.GetRelativePath(folder, export), MediaFolder = media is null ? null : Path.GetRelativePath(folder, media),
                QueuedById = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", QueuedByName = User.Identity?.Name ?? "", QueuedAt = clock.GetUtcNow(),
            };
            db.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.SiteImport, $"{run.FileName}{(DryRun ? " (dry run)" : "")}", run.QueuedById, run.QueuedByName, cancellationToken);
            job.Wake();
            return RedirectToPage(null, new { run = run.Id });
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without a length announced up front passed the server's limit while streaming.
            return await FailAsync(UploadProblem.TooLarge, cancellationToken);
        }
    }

    private void ReadOptions(Dictionary<string, string> fields)
    {
        Source = Enum.TryParse<ImportRunSource>(fields.GetValueOrDefault(nameof(Source)), out var source) && Enum.IsDefined(source) ? source : ImportRunSource.WordPress;
        DryRun = fields.GetValueOrDefault(nameof(DryRun)) == "true";
        IncludePages = fields.GetValueOrDefault(nameof(IncludePages)) == "true";
    }

    private async Task<IActionResult> FailAsync(UploadProblem problem, CancellationToken cancellationToken)
    {
        logger.LogInformation("Refused an import upload: {Problem}", problem);
        Error = Text.Problem(problem, options.Value, Source);
        await PrepareAsync(null, cancellationToken);
        Response.StatusCode = problem == UploadProblem.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task PrepareAsync(long? run, CancellationToken cancellationToken)
    {
        Text = ImportText.For(NewsroomLanguage.Of(HttpContext));
        meta.Title = Text.Title;
        meta.NoIndex = true;
        Run = await runs.FindAsync(run, cancellationToken);
        History = await runs.HistoryAsync(cancellationToken);
    }

    public string When(DateTimeOffset instant) => time.FormatDateTime(instant, Text.Language);

    public string StatusUrl(long id) => Url.Page(null, "Status", new { id })!;

    public string RunUrl(long id) => Url.Page(null, null, new { run = id })!;
}
