using Lingua;
using Microsoft.Extensions.Options;

namespace Vestnik.Features.Inbox.Items;

/// <summary>
/// Detects an item's language when neither the feed nor the subscription declares one. Restricted to the languages
/// in <see cref="InboxOptions.DetectLanguages"/>: fewer models load faster, take less memory and confuse less.
/// Models load lazily, on the first undeclared item, not at start.
/// </summary>
public sealed class LanguageDetection(IOptions<InboxOptions> options)
{
    private readonly Lazy<LanguageDetector> _detector = new(() => Build(options.Value.DetectLanguages, options.Value.DetectLowAccuracy));

    /// <summary>The ISO 639-1 code, or "" when the text is too short or ambiguous to say.</summary>
    public string Detect(string text)
    {
        if (text.Length < 12)
        {
            return "";
        }
        var language = _detector.Value.DetectLanguageOf(text);
        return language == Language.Unknown ? "" : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    private static LanguageDetector Build(string codes, bool lowAccuracy)
    {
        var languages = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso) : Language.Unknown)
            .Where(l => l != Language.Unknown)
            .Distinct()
            .ToArray();
        if (languages.Length < 2)
        {
            languages = [Language.English, Language.Russian];
        }
        var builder = LanguageDetectorBuilder.FromLanguages(languages).WithMinimumRelativeDistance(0.05);
        return (lowAccuracy ? builder.WithLowAccuracyMode() : builder).Build();
    }
}
