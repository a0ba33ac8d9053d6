using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Listing;

/// <summary>Previous/next links for a paged list at <see cref="Path"/>.</summary>
public sealed record PagerView(string Path, int Page, int TotalPages, UiText Text);
