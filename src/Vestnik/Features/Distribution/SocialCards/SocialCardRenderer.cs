using SkiaSharp;

namespace Vestnik.Features.Distribution.SocialCards;

/// <summary>
/// Draws 1200×630 PNG cards with SkiaSharp: the headline on the outlet's dark background with the label and site name,
/// or a raster lead image cropped to the card's shape. The font must have Cyrillic glyphs (see <see cref="CardFont"/>).
/// </summary>
public sealed class SocialCardRenderer(CardFont font)
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 72;
    private const int MaxHeadlineLines = 5;

    private static readonly SKColor Background = new(0x14, 0x1b, 0x2d);
    private static readonly SKColor Accent = new(0xd6, 0x2d, 0x20);
    private static readonly SKColor Muted = new(0xb8, 0xc0, 0xd0);

    public byte[] Draw(SocialCardContent content)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Accent;
        canvas.DrawRect(0, 0, Width, 12, paint);

        using var siteFont = new SKFont(font.Bold, 34);
        paint.Color = SKColors.White;
        canvas.DrawText(content.SiteName, Margin, Margin + 24, SKTextAlign.Left, siteFont, paint);

        var top = Margin + 90;
        if (!string.IsNullOrWhiteSpace(content.Label))
        {
            using var labelFont = new SKFont(font.Bold, 26);
            var label = content.Label.ToUpperInvariant();
            var width = labelFont.MeasureText(label);
            paint.Color = Accent;
            canvas.DrawRoundRect(new SKRect(Margin, top - 34, Margin + width + 28, top + 10), 4, 4, paint);
            paint.Color = SKColors.White;
            canvas.DrawText(label, Margin + 14, top, SKTextAlign.Left, labelFont, paint);
            top += 40;
        }

        var (lines, headlineFont) = FitHeadline(content.Headline, Width - 2 * Margin, Height - top - Margin - 50);
        using (headlineFont)
        {
            paint.Color = SKColors.White;
            var lineHeight = headlineFont.Size * 1.18f;
            var y = top + lineHeight;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, headlineFont, paint);
                y += lineHeight;
            }
        }

        using var sectionFont = new SKFont(font.Regular, 28);
        paint.Color = Muted;
        canvas.DrawText(content.Section, Margin, Height - Margin + 10, SKTextAlign.Left, sectionFont, paint);
        return Encode(surface);
    }

    /// <summary>Scales and crops (like CSS <c>object-fit: cover</c>) an image file to the card's size; null if it cannot be read.</summary>
    public static byte[]? Crop(string imagePath)
    {
        using var image = SKImage.FromEncodedData(imagePath);
        if (image is null)
        {
            return null;
        }
        var scale = Math.Max(Width / (float)image.Width, Height / (float)image.Height);
        var sourceWidth = Width / scale;
        var sourceHeight = Height / scale;
        var source = SKRect.Create((image.Width - sourceWidth) / 2, (image.Height - sourceHeight) / 2, sourceWidth, sourceHeight);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(Background);
        using var paint = new SKPaint { IsAntialias = true };
        surface.Canvas.DrawImage(image, source, SKRect.Create(Width, Height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        return Encode(surface);
    }

    /// <summary>The largest size (from 68 down to 36 px) at which the headline fits; a very long one is cut with an ellipsis.</summary>
    private (List<string> Lines, SKFont Font) FitHeadline(string headline, float width, float height)
    {
        for (var size = 68f; ; size -= 4)
        {
            var candidate = new SKFont(font.Bold, size);
            var lines = Wrap(headline, candidate, width);
            var maxLines = Math.Min(MaxHeadlineLines, (int)(height / (size * 1.18f)));
            if (lines.Count <= maxLines || size <= 36)
            {
                if (lines.Count > maxLines)
                {
                    lines = lines.Take(maxLines).ToList();
                    lines[^1] = lines[^1].TrimEnd(',', '.', ':', ';', ' ') + "…";
                }
                return (lines, candidate);
            }
            candidate.Dispose();
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width || line.Length == 0)
            {
                line = candidate;
                continue;
            }
            lines.Add(line);
            line = word;
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
