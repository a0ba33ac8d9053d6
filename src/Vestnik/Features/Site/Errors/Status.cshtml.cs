using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Site.Errors;

/// <summary>
/// The page readers see for 404, 410 and server errors. Not-found and withdrawn pages offer the latest
/// news so a dead link still leads somewhere; the error page touches nothing that may be broken.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(LatestArticlesQuery latest, PageMeta meta, ILogger<StatusModel> logger) : PageModel
{
    private const int SuggestionCount = 5;

    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public UiText Text { get; private set; } = UiText.Ru;
    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(int code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(int code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    private async Task<IActionResult> ShowAsync(int code, CancellationToken cancellationToken)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var language = ContentLanguageExtensions.FromPath(original is null ? Request.Path : new PathString(original.OriginalPath));
        Text = UiText.For(language);
        (Title, Message) = Code switch
        {
            404 => (Text.NotFoundTitle, Text.NotFoundText),
            410 => (Text.GoneTitle, Text.GoneText),
            _ => (Text.ErrorTitle, Text.ErrorText),
        };
        meta.Title = Title;
        meta.NoIndex = true;
        Response.StatusCode = Code;

        if (Code is 404 or 410)
        {
            try
            {
                Latest = await latest.LoadAsync(language, SuggestionCount, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not load suggestions for the {Code} page", Code);
            }
        }
        return Page();
    }
}
