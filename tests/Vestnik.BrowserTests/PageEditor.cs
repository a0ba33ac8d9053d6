using Microsoft.Playwright;

namespace Vestnik.BrowserTests;

/// <summary>The article editor as a journalist uses it: the body is typed into the visual editor.</summary>
public static class PageEditor
{
    public static ILocator VisualBody(this IPage page) => page.Locator("#rich-editor .nr-rich__text");

    /// <summary>Replaces the body with <paramref name="text"/>, typed into the visual editor as one paragraph.</summary>
    public static Task WriteBodyAsync(this IPage page, string text) => page.VisualBody().FillAsync(text);
}
