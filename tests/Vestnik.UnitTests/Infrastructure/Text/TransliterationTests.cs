using Vestnik.Infrastructure.Text;

namespace Vestnik.UnitTests.Infrastructure.Text;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Арестова Татьяна", "arestova-tatyana")]
    [InlineData("Щукин Юрий", "shchukin-yuriy")]
    [InlineData("Хабаровск, Цюрих и Чебоксары", "khabarovsk-tsyurikh-i-cheboksary")]
    [InlineData("Ёлка и съезд", "yolka-i-sezd")]
    [InlineData("Объявление: «Подъём» в 2026 году!", "obyavlenie-podyom-v-2026-godu")]
    [InlineData("The New York Times: Grain deal", "the-new-york-times-grain-deal")]
    [InlineData("Café Zürich façade", "cafe-zurich-facade")]
    [InlineData("  --Много   пробелов--  ", "mnogo-probelov")]
    public void ToSlug_ShouldTransliterate_WhenTextIsCyrillicOrLatin(string text, string expected) =>
        Assert.Equal(expected, Transliteration.ToSlug(text));

    /// <summary>
    /// Every letter of the table, written from BGN/PCGN romanization (Russian 1947, Ukrainian 1965, Belarusian 1979)
    /// with the apostrophes for ъ and ь dropped, and the product's two documented simplifications: е is e everywhere
    /// (BGN/PCGN: ye at the start of a word and after a vowel, й, ъ or ь) and ё is yo (BGN/PCGN: ë).
    /// </summary>
    public static TheoryData<string, string> Letters => new()
    {
        { "а", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" }, { "д", "d" }, { "е", "e" }, { "ё", "yo" },
        { "ж", "zh" }, { "з", "z" }, { "и", "i" }, { "й", "y" }, { "к", "k" }, { "л", "l" }, { "м", "m" },
        { "н", "n" }, { "о", "o" }, { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" }, { "у", "u" },
        { "ф", "f" }, { "х", "kh" }, { "ц", "ts" }, { "ч", "ch" }, { "ш", "sh" }, { "щ", "shch" }, { "ъ", "" },
        { "ы", "y" }, { "ь", "" }, { "э", "e" }, { "ю", "yu" }, { "я", "ya" }, { "і", "i" }, { "ї", "yi" },
        { "є", "ye" }, { "ґ", "g" }, { "ў", "w" },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public void ToLatin_ShouldRomanizeEveryLetter_InEitherCase(string letter, string expected)
    {
        Assert.Equal(expected, Transliteration.ToLatin(letter));
        Assert.Equal(expected, Transliteration.ToLatin(letter.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("🔥🔥🔥")]
    [InlineData("مرحبا")]
    [InlineData("")]
    public void ToSlug_ShouldBeEmpty_WhenNothingIsTransliterable(string text) =>
        Assert.Equal("", Transliteration.ToSlug(text));

    [Fact]
    public void ToSlug_ShouldCutAtWordBoundary_WhenTitleIsLong()
    {
        var slug = Transliteration.ToSlug(string.Join(' ', Enumerable.Repeat("Правительство", 30)));

        Assert.True(slug.Length <= Transliteration.MaxSlugLength);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), part => Assert.Equal("pravitelstvo", part));
    }

    [Fact]
    public void ToSlug_ShouldOnlyContainUrlSafeCharacters_ForNaughtyInput()
    {
        foreach (var text in new[] { "<script>alert(1)</script>", "../../etc/passwd", "a\u0000b\u202Ec", "%D0%B0%20", "Ω≈ç√∫" })
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$|^$", Transliteration.ToSlug(text));
        }
    }
}
