using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Documentation;

/// <summary>The content API's reference for integrators at <c>/api/docs</c> (and <c>/en/api/docs</c>), read from the OpenAPI document.</summary>
public sealed class DocsModel(ApiReference reference, PageMeta meta) : PageModel
{
    public ApiReferenceView Reference { get; private set; } = null!;
    public ApiText Text { get; private set; } = ApiText.Ru;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = ApiText.For(ContentLanguageExtensions.FromPath(Request.Path));
        Reference = await reference.ReadAsync(cancellationToken);
        meta.Title = Text.DocsTitle;
        meta.CanonicalPath = Text.Language.PathPrefix() + ApiFeature.DocsPath;
    }
}
