using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>A decoded, cleaned image and its renditions, ready to be written.</summary>
public sealed record ProcessedImage(int Width, int Height, string OriginalExtension, byte[] Original, IReadOnlyList<Rendition> Renditions);

public sealed record Rendition(int Width, int Height, string Extension, byte[] Bytes);

public sealed class ImageRejectedException(string reason) : Exception(reason)
{
    /// <summary>A <see cref="ImagePipeline.Problem"/> name.</summary>
    public string Reason => Message;
}

/// <summary>
/// Turns an upload into web images. The file is trusted only if SkiaSharp decodes it completely as JPEG, PNG or
/// WebP (the name and the declared type are ignored); its size is checked from the header before any pixel is
/// decoded. Everything stored is re-encoded from pixels, so EXIF, GPS and any other metadata are gone.
/// </summary>
public sealed class ImagePipeline(IOptions<MediaOptions> options)
{
    public static readonly IReadOnlyList<int> StandardWidths = [480, 960, 1440];

    public const int JpegQuality = 85;
    public const int WebpQuality = 80;
    public const int MaxSide = 20_000;

    public enum Problem
    {
        NotAnImage,
        Truncated,
        TooManyPixels,
    }

    /// <summary>Decodes and renders; throws <see cref="ImageRejectedException"/> with a <see cref="Problem"/> name.</summary>
    public ProcessedImage Process(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new ImageRejectedException(nameof(Problem.NotAnImage));
        var format = codec.EncodedFormat;
        if (format is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            throw new ImageRejectedException(nameof(Problem.NotAnImage));
        }
        var declared = codec.Info;
        if (declared.Width <= 0 || declared.Height <= 0 || declared.Width > MaxSide || declared.Height > MaxSide
            || (long)declared.Width * declared.Height > options.Value.MaxPixels)
        {
            throw new ImageRejectedException(nameof(Problem.TooManyPixels));
        }

        var info = new SKImageInfo(declared.Width, declared.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new ImageRejectedException(result == SKCodecResult.IncompleteInput ? nameof(Problem.Truncated) : nameof(Problem.NotAnImage));
        }
        using var upright = Orient(decoded, codec.EncodedOrigin);

        var extension = format switch
        {
            SKEncodedImageFormat.Png => "png",
            SKEncodedImageFormat.Webp => "webp",
            _ => "jpg",
        };
        var original = extension switch
        {
            "png" => Encode(upright, SKEncodedImageFormat.Png, 100),
            "webp" => Encode(upright, SKEncodedImageFormat.Webp, 90),
            _ => EncodeJpeg(upright, 92),
        };

        var renditions = new List<Rendition>();
        foreach (var width in Widths(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
            using var resized = width == upright.Width
                ? upright.Copy()
                : upright.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
            renditions.Add(new Rendition(width, height, "webp", Encode(resized, SKEncodedImageFormat.Webp, WebpQuality)));
            renditions.Add(new Rendition(width, height, "jpg", EncodeJpeg(resized, JpegQuality)));
        }
        return new ProcessedImage(upright.Width, upright.Height, extension, original, renditions);
    }

    /// <summary>The standard widths narrower than the image, and the image's own width when it is below the largest.</summary>
    public static IReadOnlyList<int> Widths(int sourceWidth)
    {
        var widths = StandardWidths.Where(w => w < sourceWidth).ToList();
        if (sourceWidth <= StandardWidths[^1])
        {
            widths.Add(sourceWidth);
        }
        return widths;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality);
        return encoded.ToArray();
    }

    /// <summary>JPEG has no transparency: transparent pixels become white, as on the page, not black.</summary>
    private static byte[] EncodeJpeg(SKBitmap bitmap, int quality)
    {
        using var flat = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(flat))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(bitmap, 0, 0);
        }
        return Encode(flat, SKEncodedImageFormat.Jpeg, quality);
    }

    /// <summary>Applies the EXIF orientation to the pixels, since the tag itself is not kept.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        var (matrix, swap) = origin switch
        {
            SKEncodedOrigin.TopRight => (new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1), false),
            SKEncodedOrigin.BottomRight => (new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.BottomLeft => (new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.LeftTop => (new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightTop => (new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightBottom => (new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), true),
            SKEncodedOrigin.LeftBottom => (new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), true),
            _ => (SKMatrix.Identity, false),
        };
        var result = new SKBitmap(new SKImageInfo(swap ? source.Height : source.Width, swap ? source.Width : source.Height,
            SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}
