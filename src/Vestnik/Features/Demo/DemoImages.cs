using System.Globalization;
using System.Text;

namespace Vestnik.Features.Demo;

/// <summary>
/// Abstract lead images for the demo articles: a gradient in the section's colour family with soft
/// circles and one motif (a skyline, waves or rays). Everything is derived from a hash of the key, so an
/// article keeps its picture across reseeds, and the SVG is self-contained: no text, scripts or links.
/// </summary>
public static class DemoImages
{
    public const int Width = 1200;
    public const int Height = 675;

    private const int FallbackHue = 220;

    /// <summary>Base hue (degrees) per section; unknown sections get a muted slate.</summary>
    private static readonly Dictionary<string, int> SectionHues = new(StringComparer.Ordinal)
    {
        ["politics"] = 345,
        ["economy"] = 135,
        ["world"] = 220,
        ["technology"] = 265,
        ["science"] = 180,
        ["culture"] = 318,
        ["sport"] = 36,
    };

    public static string Svg(string key, string sectionSlug)
    {
        var hash = Fnv1a(key);

        // Seeded from a stable hash (string.GetHashCode differs per process), so the image never changes.
        var random = new Random((int)hash);
        var known = SectionHues.TryGetValue(sectionSlug, out var baseHue);
        var hue = (known ? baseHue : FallbackHue) + random.Next(-12, 13);
        var saturation = known ? 55 : 15;
        var id = string.Create(CultureInfo.InvariantCulture, $"g{hash:x8}");

        var svg = new StringBuilder(3072);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}">""");
        AppendBackground(svg, random, id, hue, saturation);
        for (int i = 0, count = random.Next(3, 6); i < count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<circle cx="{random.Next(Width)}" cy="{random.Next(Height)}" r="{random.Next(60, 320)}" fill="{Hsl(hue + random.Next(-30, 31), saturation + 10, 80)}" fill-opacity="{Opacity(random, 0.08, 0.22)}"/>""");
        }
        switch (hash % 3)
        {
            case 0:
                AppendSkyline(svg, random, Hsl(hue, saturation, 12));
                break;
            case 1:
                AppendWaves(svg, random);
                break;
            default:
                AppendRays(svg, random);
                break;
        }
        return svg.Append("</svg>").ToString();
    }

    private static void AppendBackground(StringBuilder svg, Random random, string id, int hue, int saturation)
    {
        // The direction varies per image; the dark end anchors the composition whichever way it points.
        svg.Append(CultureInfo.InvariantCulture,
            $"""<defs><linearGradient id="{id}" x1="0" y1="{random.Next(2)}" x2="1" y2="{random.Next(2)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<stop offset="0" stop-color="{Hsl(hue, saturation, 22)}"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<stop offset="1" stop-color="{Hsl(hue + 22, saturation + 5, 52)}"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""</linearGradient></defs><rect width="{Width}" height="{Height}" fill="url(#{id})"/>""");
    }

    /// <summary>A single stepped path of buildings along the bottom edge.</summary>
    private static void AppendSkyline(StringBuilder svg, Random random, string colour)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<path fill="{colour}" fill-opacity="0.55" d="M0 {Height}""");
        for (var x = 0; x < Width;)
        {
            x = Math.Min(Width, x + random.Next(50, 130));
            svg.Append(CultureInfo.InvariantCulture, $" V{Height - random.Next(60, 300)} H{x}");
        }
        svg.Append(CultureInfo.InvariantCulture, $""" V{Height} Z"/>""");
    }

    private static void AppendWaves(StringBuilder svg, Random random)
    {
        for (var i = 0; i < 3; i++)
        {
            var y = 380 + (i * 90) + random.Next(-30, 31);
            var swell = random.Next(30, 90);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<path d="M0 {y} Q300 {y - swell} 600 {y} T1200 {y} V{Height} H0 Z" fill="#fff" fill-opacity="{Opacity(random, 0.07, 0.16)}"/>""");
        }
    }

    private static void AppendRays(StringBuilder svg, Random random)
    {
        var originX = random.Next(Width);
        for (int i = 0, count = random.Next(6, 11); i < count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line x1="{originX}" y1="{Height}" x2="{random.Next(-200, Width + 200)}" y2="0" stroke="#fff" stroke-width="{random.Next(2, 7)}" stroke-opacity="{Opacity(random, 0.1, 0.3)}"/>""");
        }
    }

    private static string Opacity(Random random, double min, double max) =>
        (min + (random.NextDouble() * (max - min))).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A hex colour from HSL, since hsl() is CSS3 and not part of SVG 1.1.</summary>
    private static string Hsl(int hue, int saturation, int lightness)
    {
        var h = (((hue % 360) + 360) % 360) / 360.0;
        var s = Math.Clamp(saturation, 0, 100) / 100.0;
        var l = Math.Clamp(lightness, 0, 100) / 100.0;
        var q = l < 0.5 ? l * (1 + s) : l + s - (l * s);
        var p = (2 * l) - q;
        return string.Create(CultureInfo.InvariantCulture,
            $"#{Channel(p, q, h + (1 / 3.0)):x2}{Channel(p, q, h):x2}{Channel(p, q, h - (1 / 3.0)):x2}");
    }

    private static int Channel(double p, double q, double t)
    {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        var value = t < 1 / 6.0 ? p + ((q - p) * 6 * t)
            : t < 1 / 2.0 ? q
            : t < 2 / 3.0 ? p + ((q - p) * ((2 / 3.0) - t) * 6)
            : p;
        return (int)Math.Round(value * 255);
    }

    /// <summary>32-bit FNV-1a over the UTF-16 code units: stable across processes and platforms.</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return hash;
    }
}
