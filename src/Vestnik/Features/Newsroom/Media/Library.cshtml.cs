using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Authorization;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>
/// The media library for the article editor's image picker, as JSON: a page of images (newest first, optionally
/// searched), and the upload of a new one through the same <see cref="MediaLibrary"/> as the media page. Errors come
/// back as <c>{ "error": "…" }</c> in the newsroom's language, with the media page's statuses (400, 413).
/// </summary>
[Authorize(Policy = StaffPolicies.Write)]
public sealed class LibraryModel(MediaLibrary library, IOptions<MediaOptions> options, ILogger<LibraryModel> logger) : PageModel
{
    public const int PageSize = 24;

    public sealed record Item(int Id, string Src, string Thumb, int Width, int Height, string Alt, string Caption, string Credit, string Name)
    {
        public static Item Of(MediaAsset asset) => new(
            asset.Id, asset.FallbackUrl, asset.Url(asset.WidthList[0], "jpg"), asset.Width, asset.Height,
            asset.AltText, asset.Caption, asset.Credit, asset.OriginalFileName);
    }

    public sealed record LibraryPage(IReadOnlyList<Item> Items, int Total, int PageNumber, int Pages);

    public async Task<IActionResult> OnGetAsync(string? q, int p = 1, CancellationToken cancellationToken = default)
    {
        if (q?.Length > IndexModel.MaxQueryLength)
        {
            return Problem(NewsroomLanguage.Text(HttpContext).TooLong, StatusCodes.Status400BadRequest);
        }
        var (assets, total, window) = await library.PageAsync(q, p, PageSize, cancellationToken);
        return new JsonResult(new LibraryPage(assets.Select(Item.Of).ToList(), total, window.Page, window.Pages));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, string? caption, string? credit, string? altText, CancellationToken cancellationToken)
    {
        var text = NewsroomLanguage.Text(HttpContext);
        if (upload is null || upload.Length == 0)
        {
            return Problem(text.ChooseFile, StatusCodes.Status400BadRequest);
        }
        if (upload.Length > options.Value.MaxUploadBytes)
        {
            return Problem(text.FileTooLarge(options.Value.MaxUploadBytes), StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var asset = await library.AddAsync(buffer.ToArray(), upload.FileName, caption ?? "", credit ?? "", altText ?? "", User.Identity?.Name ?? "", cancellationToken);
            return new JsonResult(Item.Of(asset)) { StatusCode = StatusCodes.Status201Created };
        }
        catch (ImageRejectedException rejected)
        {
            logger.LogInformation("Rejected upload {File}: {Reason}", upload.FileName, rejected.Reason);
            return Problem(text.ImageProblem(rejected.Reason), StatusCodes.Status400BadRequest);
        }
    }

    private static JsonResult Problem(string message, int status) => new(new { error = message }) { StatusCode = status };
}
