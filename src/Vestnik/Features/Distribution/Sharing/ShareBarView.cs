using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Sharing;

/// <summary>The model of one share bar; <see cref="Position"/> tells the top bar from the bottom one.</summary>
public sealed record ShareBarView(IReadOnlyList<ShareLink> Links, string CanonicalUrl, string Title, ContentLanguage Language, string Position)
{
    public ShareText Text => ShareText.For(Language);
}

/// <summary>The share bar's words in each interface language.</summary>
public sealed record ShareText(string Share, string ShareOn, string CopyLink, string Copied, string MoreOptions)
{
    public static readonly ShareText Ru = new("Поделиться", "Поделиться в", "Скопировать ссылку", "Ссылка скопирована", "Другие способы поделиться");
    public static readonly ShareText En = new("Share", "Share on", "Copy link", "Link copied", "More ways to share");

    public static ShareText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
