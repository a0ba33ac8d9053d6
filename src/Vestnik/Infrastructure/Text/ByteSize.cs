using System.Globalization;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Text;

/// <summary>File and database sizes for people: "1,5 МБ" in Russian, "1.5 MB" in English.</summary>
public static class ByteSize
{
    public static string Format(long? bytes, ContentLanguage language)
    {
        var ru = language != ContentLanguage.En;
        var culture = CultureInfo.GetCultureInfo(ru ? "ru-RU" : "en-GB");
        return bytes switch
        {
            null => "—",
            < 1024 * 1024 => string.Format(culture, "{0:0.#} {1}", bytes / 1024.0, ru ? "КБ" : "KB"),
            < 1024L * 1024 * 1024 => string.Format(culture, "{0:0.#} {1}", bytes / 1048576.0, ru ? "МБ" : "MB"),
            _ => string.Format(culture, "{0:0.##} {1}", bytes / 1073741824.0, ru ? "ГБ" : "GB"),
        };
    }
}
