using Microsoft.Extensions.Options;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Api.Keys;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Api.Admin;

/// <summary>
/// Image upload into the media library, through the library's own path: the same decoding, size limits and
/// renditions as the newsroom's upload form, recorded as uploaded by the key's account.
/// </summary>
public static class AdminMediaEndpoints
{
    /// <summary>Room for the form's other parts and the multipart boundaries beside the image itself.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapAdminMediaEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/media", UploadAsync).WithMetadata(new RequiredScope(ApiScopes.MediaWrite))
            .DescribeAdmin<AdminMedia>("uploadMedia", StatusCodes.Status201Created, "Upload an image",
                "multipart/form-data with the image in \"file\" (JPEG, PNG or WebP, up to the newsroom's limit, 15 MB by default) and "
                + "optional \"caption\", \"credit\" and \"alt\". The answer carries the renditions and the Markdown that places the image in a body.",
                upload: true);
        return api;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, ActingAccount accounts, MediaLibrary library, IOptions<MediaOptions> options, PublicUrl url, ILogger<MediaLibrary> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (actor, refusal) = await accounts.ResolveAsync(context);
        if (actor is null)
        {
            return refusal!;
        }
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return ApiProblems.UnsupportedMediaType("multipart/form-data");
        }
        var limit = options.Value.MaxUploadBytes;
        if (AdminRequestBody.Limit(request, limit + FormOverheadBytes) is { } tooLarge)
        {
            return tooLarge;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            return ApiProblems.BadRequest("The body is not a readable multipart form.");
        }
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["file"] = ["Send the image in the part \"file\"."] });
        }
        if (file.Length > limit)
        {
            return ApiProblems.TooLarge(limit);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        MediaAsset asset;
        try
        {
            asset = await library.AddAsync(buffer.ToArray(), file.FileName, form["caption"].ToString(), form["credit"].ToString(), form["alt"].ToString(),
                actor.Actor.Name, cancellationToken);
        }
        catch (ImageRejectedException rejected)
        {
            logger.LogInformation("Rejected upload {File} through the API: {Reason}", file.FileName, rejected.Reason);
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["file"] = [Rejection(rejected.Reason)] });
        }
        string Absolute(string path) => url.Absolute(request, path);
        return TypedResults.Created((string?)null, new AdminMedia(
            asset.Id, asset.Width, asset.Height, asset.Caption, asset.Credit, asset.AltText, Absolute(asset.FallbackUrl),
            [.. asset.WidthList.Select(w => new AdminRendition(w, asset.HeightAt(w), Absolute(asset.Url(w, "jpg")), Absolute(asset.Url(w, "webp"))))],
            Markdown(asset)));
    }

    /// <summary>The image in the body's Markdown form (<see cref="BodyImages"/>): alt text, the largest rendition, "Caption © Credit".</summary>
    private static string Markdown(MediaAsset asset)
    {
        var title = asset.Credit.Length == 0 ? asset.Caption : $"{asset.Caption} {BodyImages.CreditMark} {asset.Credit}".Trim();
        var alt = asset.AltText.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var quoted = title.Length == 0 ? "" : $" \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        return $"![{alt}]({asset.FallbackUrl}{quoted})";
    }

    private static string Rejection(string reason) => reason switch
    {
        nameof(ImagePipeline.Problem.Truncated) => "The image is cut short.",
        nameof(ImagePipeline.Problem.TooManyPixels) => "The image has too many pixels.",
        _ => "Not a JPEG, PNG or WebP image.",
    };
}
