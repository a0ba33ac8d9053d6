using Microsoft.Extensions.Options;
using Vestnik.Features.Comments;
using Vestnik.Features.Comments.Posting;
using Vestnik.Features.Comments.Spam;

namespace Vestnik.UnitTests.Features.Comments;

public sealed class CommentFormatterTests
{
    private readonly CommentFormatter _formatter = new();

    [Fact]
    public void ToHtml_ShouldMakeParagraphsQuotesAndNofollowLinks()
    {
        var html = _formatter.ToHtml("Первый абзац\nвторая строка\n\n> цитата\nответ на неё www.example.org.");

        Assert.Equal(
            "<p>Первый абзац<br>вторая строка</p><blockquote><p>цитата</p></blockquote>"
            + "<p>ответ на неё <a href=\"https://www.example.org\" rel=\"nofollow ugc noopener\">www.example.org</a>.</p>",
            html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.org/\"onmouseover=\"alert(1)")]
    [InlineData("\"><svg/onload=alert(1)>")]
    public void ToHtml_ShouldNeverLetMarkupThrough(string text)
    {
        var html = _formatter.ToHtml(text);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onmouseover=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Normalize_ShouldDropControlCharacters_AndCountEmojiAsOneCharacter()
    {
        Assert.Equal("ab\nc", CommentFormatter.Normalize("  a\u0000b\r\nc\u0007 "));
        Assert.Equal(2, CommentFormatter.VisibleLength("👍🏽!"));
    }

    [Fact]
    public void ContentHash_ShouldIgnoreCaseSpacingAndPunctuation()
    {
        Assert.Equal(CommentFormatter.ContentHash("Купи  слона!"), CommentFormatter.ContentHash("купи слона"));
        Assert.NotEqual(CommentFormatter.ContentHash("Купи слона"), CommentFormatter.ContentHash("Продай слона"));
    }
}

public sealed class BannedWordsTests
{
    [Theory]
    [InlineData("спамер", "Опять эти спамеры пишут")]
    [InlineData("спамер", "Не верьте спамерам!")]
    [InlineData("спамер", "Забаньте спамера")]
    [InlineData("мошенник", "Это мошенники, все до одного")]
    [InlineData("мошенник", "не связывайтесь с мошенниками")]
    [InlineData("дурак", "Сам ДУРАК")]
    [InlineData("scam", "These are scams")]
    public void Matches_ShouldCatchInflectedForms(string word, string text) => Assert.True(BannedWords.Matches(text, word));

    [Theory]
    [InlineData("кот", "Котлета была вкусной")]
    [InlineData("спамер", "Спам бывает разным")]
    [InlineData("дурак", "Придурковатый сюжет")]
    public void Matches_ShouldMatchWholeWordsOnly(string word, string text) => Assert.False(BannedWords.Matches(text, word));
}

public sealed class NaiveBayesTests
{
    [Fact]
    public void Score_ShouldBeNeutral_BeforeTraining() => Assert.Equal(0.5, new NaiveBayes().Score(["w:слово"]));

    [Fact]
    public void Score_ShouldSeparateTheSeedSetsHeldOutExamples()
    {
        var model = new NaiveBayes();
        foreach (var text in SeedCorpus.Spam)
        {
            model.Learn(SpamFeatures.Of(text), isSpam: true);
        }
        foreach (var text in SeedCorpus.Ham)
        {
            model.Learn(SpamFeatures.Of(text), isSpam: false);
        }

        Assert.True(model.Score(SpamFeatures.Of("Быстрый заработок без вложений, пишите в телеграм https://t.me/money")) > 0.9);
        Assert.True(model.Score(SpamFeatures.Of("Казино онлайн, бонус на депозит, переходи по ссылке www.bonus.example")) > 0.9);
        Assert.True(model.Score(SpamFeatures.Of("Спасибо автору, интересный материал, жду продолжения")) < 0.5);
        Assert.True(model.Score(SpamFeatures.Of("Не согласен: в прошлом году цифры были другими")) < 0.5);
    }

    [Fact]
    public void Learn_ShouldMoveTheScore_Incrementally()
    {
        var model = new NaiveBayes();
        model.Learn(SpamFeatures.Of("обычный комментарий о погоде"), isSpam: false);
        model.Learn(SpamFeatures.Of("другой комментарий о политике"), isSpam: false);
        model.Learn(SpamFeatures.Of("дешёвые часы реплики"), isSpam: true);
        var before = model.Score(SpamFeatures.Of("дешёвые сумки реплики"));

        model.Learn(SpamFeatures.Of("сумки реплики дёшево"), isSpam: true);

        Assert.True(model.Score(SpamFeatures.Of("дешёвые сумки реплики")) > before);
    }
}

public sealed class PostingRateLimitsTests
{
    [Fact]
    public void TryAcquire_ShouldRefuseThePostOverTheLimit_AndSayHowLongToWait()
    {
        using var limits = new PostingRateLimits(Options.Create(new CommentsOptions { PostsPerMinutePerAccount = 2, PostsPerMinutePerIp = 100 }));

        Assert.Null(limits.TryAcquire("reader", "ip"));
        Assert.Null(limits.TryAcquire("reader", "ip"));
        var wait = limits.TryAcquire("reader", "ip");
        Assert.NotNull(wait);
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1));
        Assert.Null(limits.TryAcquire("another reader", "ip"));
    }

    [Fact]
    public void TryAcquire_ShouldLimitAnAddress_AcrossAccountsAndGuests()
    {
        using var limits = new PostingRateLimits(Options.Create(new CommentsOptions { PostsPerMinutePerAccount = 100, PostsPerMinutePerIp = 2 }));

        Assert.Null(limits.TryAcquire("a", "same-ip"));
        Assert.Null(limits.TryAcquire(null, "same-ip"));
        Assert.NotNull(limits.TryAcquire("b", "same-ip"));
        Assert.Null(limits.TryAcquire("b", "other-ip"));
    }
}
