using Microsoft.Playwright;

namespace Vestnik.BrowserTests;

/// <summary>The article editor as a journalist uses it: the body is typed into the visual editor.</summary>
public static class PageEditor
{
    public static ILocator VisualBody(this IPage page) => page.Locator("#rich-editor .nr-rich__text");

    /// <summary>Replaces the body with <paramref name="text"/>, typed into the visual editor as one paragraph.</summary>
    public static Task WriteBodyAsync(this IPage page, string text) => page.VisualBody().FillAsync(text);

    /// <summary>A paste as the browser hands it to the editor: the clipboard's HTML (say, from Word) in a paste event.</summary>
    public static Task PasteHtmlAsync(this IPage page, string html) => page.EvaluateAsync(
        """
        html => {
            const clipboard = new DataTransfer();
            clipboard.setData("text/html", html);
            clipboard.setData("text/plain", "");
            document.querySelector("#rich-editor .nr-rich__text")
                .dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
        }
        """, html);
}
