using Vestnik.Infrastructure.Text;

namespace Vestnik.Tests.Infrastructure.Text;

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
