using Microsoft.Extensions.Options;
using SkiaSharp;
using Vestnik.Features.Distribution;
using Vestnik.Features.Distribution.SocialCards;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.UnitTests.Features.Distribution;

public sealed class SocialCardRendererTests : IDisposable
{
    private const string Pangram = "Съешь же ещё этих мягких французских булок, да выпей чаю";
    private readonly CardFont _font = new(Options.Create(new DistributionOptions()));

    private static SocialCardContent Card(string headline, string? label = "Эксклюзив") =>
        new(7, headline, label, "Политика", "Вестник", ContentLanguage.Ru, null);

    /// <summary>Share of pixels in the headline area that are nearly white (the text colour).</summary>
    private static double InkIn(SKBitmap bitmap, int top, int bottom)
    {
        var ink = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red > 200 && pixel.Green > 200 && pixel.Blue > 200)
                {
                    ink++;
                }
            }
        }
        return ink / (double)((bottom - top) * bitmap.Width);
    }

    [Fact]
    public void Font_ShouldHaveEveryCyrillicLetter()
    {
        Assert.True(_font.Covers(Pangram + " ЁЪЫЭ"), "the card font lacks Cyrillic glyphs: install fonts-dejavu-core");
    }

    [Fact]
    public void Card_ShouldBe1200x630_WithTheHeadlineDrawnInItsArea()
    {
        using var bitmap = SKBitmap.Decode(new SocialCardRenderer(_font).Draw(Card(Pangram)));

        Assert.Equal(SocialCardRenderer.Width, bitmap.Width);
        Assert.Equal(SocialCardRenderer.Height, bitmap.Height);
        Assert.InRange(InkIn(bitmap, 200, 520), 0.02, 0.6);
        Assert.Equal(0, InkIn(bitmap, 560, 630) > 0.5 ? 1 : 0);
    }

    [Fact]
    public void DifferentCyrillicHeadlines_ShouldDrawDifferentGlyphs_NotIdenticalPlaceholderBoxes()
    {
        var renderer = new SocialCardRenderer(_font);

        var first = renderer.Draw(Card("Жук", label: null));
        var second = renderer.Draw(Card("Мир", label: null));

        Assert.NotEqual(Convert.ToBase64String(first), Convert.ToBase64String(second));
    }

    [Fact]
    public void VeryLongHeadline_ShouldStillFitTheCard()
    {
        var headline = string.Join(' ', Enumerable.Repeat("Очень длинный заголовок", 30));

        using var bitmap = SKBitmap.Decode(new SocialCardRenderer(_font).Draw(Card(headline)));

        Assert.Equal(SocialCardRenderer.Height, bitmap.Height);
        Assert.True(InkIn(bitmap, 560, 600) < 0.05, "the headline ran into the footer");
    }

    [Fact]
    public void Fingerprint_ShouldChange_WhenTheHeadlineChanges()
    {
        Assert.NotEqual(Card("Первый заголовок").Fingerprint, Card("Второй заголовок").Fingerprint);
        Assert.Equal(Card("Первый заголовок").Fingerprint, Card("Первый заголовок").Fingerprint);
    }

    public void Dispose() => _font.Dispose();
}
