using System.Globalization;

namespace Vestnik.Infrastructure.Localization;

/// <summary>The languages Vestnik publishes in and shows its interface in.</summary>
public enum ContentLanguage
{
    Ru = 0,
    En = 1,
}

public static class ContentLanguageExtensions
{
    /// <summary>ISO 639-1 code, as used in <c>lang</c>, <c>hreflang</c> and feeds.</summary>
    public static string Code(this ContentLanguage language) => language == ContentLanguage.En ? "en" : "ru";

    /// <summary>How numbers and dates are written in the language: "1 234,5" in Russian, "1,234.5" in English.</summary>
    public static CultureInfo Culture(this ContentLanguage language) =>
        CultureInfo.GetCultureInfo(language == ContentLanguage.En ? "en-GB" : "ru-RU");

    /// <summary>The URL prefix of the reader site in that language: "" for Russian, "/en" for English.</summary>
    public static string PathPrefix(this ContentLanguage language) => language == ContentLanguage.En ? "/en" : "";

    /// <summary>The language of a reader request: English under <c>/en</c>, Russian everywhere else.</summary>
    public static ContentLanguage FromPath(PathString path) =>
        path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase) ? ContentLanguage.En : ContentLanguage.Ru;
}
