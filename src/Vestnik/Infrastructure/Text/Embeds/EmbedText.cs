using Vestnik.Infrastructure.Localization;

namespace Vestnik.Infrastructure.Text.Embeds;

/// <summary>The words of an embed card in the article's language; the reader's script puts them on its button.</summary>
public sealed record EmbedText
{
    public static readonly EmbedText Ru = new()
    {
        Load = "Показать",
        LoadHint = "Показать здесь: запись загрузится с сайта {0}, он узнает о вашем визите",
    };

    public static readonly EmbedText En = new()
    {
        Load = "Load",
        LoadHint = "Show it here: the post loads from {0}, which will learn of your visit",
    };

    public static EmbedText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    /// <summary>The button that loads the provider's player in place of the card.</summary>
    public required string Load { get; init; }

    /// <summary>The button's longer name, {0} the provider: a click sends the reader to a third party.</summary>
    public required string LoadHint { get; init; }
}
