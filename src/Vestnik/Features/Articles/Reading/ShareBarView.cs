using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Reading;

/// <summary>The model of one share bar; <see cref="Position"/> tells the top bar from the bottom one.</summary>
public sealed record ShareBarView(IReadOnlyList<ShareLink> Links, UiText Text, string Position);
