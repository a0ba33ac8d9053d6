using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>The media library: upload an image with its caption and credit, and find what can be reused.</summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class IndexModel(MediaLibrary library, IOptions<MediaOptions> options, PageMeta meta, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 60;
    public const int MaxQueryLength = 256;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Caption { get; set; } = "";

    [BindProperty]
    public string Credit { get; set; } = "";

    [BindProperty]
    public string AltText { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // "page" is the route value Razor Pages reserves for the page path, so the query parameter is "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MediaAsset> Assets { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; } = 1;
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }
    public MediaAsset? Added { get; private set; }
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task OnGetAsync(int? added, CancellationToken cancellationToken)
    {
        if (Query?.Length > MaxQueryLength)
        {
            Text = NewsroomLanguage.Text(HttpContext);
            Error = Text.TooLong;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Query = Query[..MaxQueryLength];
        }
        await PrepareAsync(cancellationToken);
        Added = added is null ? null : Assets.FirstOrDefault(a => a.Id == added);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        if (Upload is null || Upload.Length == 0)
        {
            return await FailAsync(Text.ChooseFile, StatusCodes.Status400BadRequest, cancellationToken);
        }
        if (Upload.Length > MaxUploadBytes)
        {
            return await FailAsync(Text.FileTooLarge(MaxUploadBytes), StatusCodes.Status413PayloadTooLarge, cancellationToken);
        }
        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var asset = await library.AddAsync(buffer.ToArray(), Upload.FileName, Caption, Credit, AltText, User.Identity?.Name ?? "", cancellationToken);
            return RedirectToPage(null, new { added = asset.Id });
        }
        catch (ImageRejectedException rejected)
        {
            logger.LogInformation("Rejected upload {File}: {Reason}", Upload.FileName, rejected.Reason);
            return await FailAsync(Text.ImageProblem(rejected.Reason), StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private async Task<IActionResult> FailAsync(string message, int status, CancellationToken cancellationToken)
    {
        Error = message;
        await PrepareAsync(cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        (Assets, Total, var window) = await library.PageAsync(Query, PageNumber, PageSize, cancellationToken);
        (PageNumber, Pages) = (window.Page, window.Pages);
        meta.Title = Text.Media;
        meta.NoIndex = true;
    }

    public string PageUrl(int page) => Url.Page("/Newsroom/Media/Index", new { q = Query, p = page > 1 ? page : (int?)null })!;
}
