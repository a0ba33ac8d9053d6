using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Vestnik.Features.Distribution.SocialCards;

/// <summary>
/// The typefaces cards are drawn with. Headlines are Russian, so the font must have Cyrillic glyphs: by default DejaVu
/// Sans (Debian's <c>fonts-dejavu-core</c>, under the free Bitstream Vera/DejaVu licence), or the files named by
/// <c>Distribution:SocialCards:FontPath</c> and <c>BoldFontPath</c>. Without either, the system's best match for a
/// Cyrillic letter is used.
/// </summary>
public sealed class CardFont : IDisposable
{
    private static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ];

    public CardFont(IOptions<DistributionOptions> options)
    {
        var cards = options.Value.SocialCards;
        Regular = Load(cards.FontPath, RegularCandidates, SKFontStyle.Normal);
        Bold = Load(cards.BoldFontPath ?? cards.FontPath, BoldCandidates, SKFontStyle.Bold);
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    /// <summary>True when every character of the text has a glyph in the headline font (no "tofu" boxes).</summary>
    public bool Covers(string text) => Bold.ContainsGlyphs(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()));

    private static SKTypeface Load(string? configured, string[] candidates, SKFontStyle style)
    {
        if (configured is not null)
        {
            return SKTypeface.FromFile(configured)
                ?? throw new InvalidOperationException($"The social card font '{configured}' could not be loaded.");
        }
        var path = candidates.FirstOrDefault(File.Exists);
        return (path is null ? null : SKTypeface.FromFile(path))
            ?? SKFontManager.Default.MatchCharacter(null, style, ["ru"], 'Ж')
            ?? SKTypeface.Default;
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
