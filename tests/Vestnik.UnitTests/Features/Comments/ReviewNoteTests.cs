using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;

namespace Vestnik.UnitTests.Features.Comments;

/// <summary>Review notes are stored as codes and figures and read in the moderator's language.</summary>
public sealed class ReviewNoteTests
{
    [Fact]
    public void StoredNote_ShouldReadInEachLanguage_WithThatLanguagesNumbers()
    {
        var stored = ReviewNote.Of(ReviewNote.Classifier, 0.9712, 0.85).Stored;

        var note = ReviewNote.Parse(stored)!;

        Assert.Equal("classifier|0.9712|0.85", stored);
        Assert.Equal("вероятность спама 0,97 (порог 0,85)", ModerationText.Ru.Note(note));
        Assert.Equal("spam probability 0.97 (threshold 0.85)", ModerationText.En.Note(note));
    }

    [Fact]
    public void EditedNote_ShouldWrapTheNoteItWasHeldFor()
    {
        var note = ReviewNote.Parse(ReviewNote.EditedBecause(ReviewNote.Of(ReviewNote.BannedWords, "«негодяй», «a|b»")).Stored)!;

        Assert.Equal("после правки: запрещённые слова: «негодяй», «a/b»", ModerationText.Ru.Note(note));
        Assert.Equal("edited: banned words: «негодяй», «a/b»", ModerationText.En.Note(note));
    }

    [Theory]
    [InlineData("pre-moderation: every comment on this article waits for a moderator")]
    [InlineData("links: 4 links (at most 2 pass unchecked)")]
    [InlineData("")]
    public void LineWrittenBeforeTheCodes_ShouldNotParse_SoItIsShownAsItWas(string line) =>
        Assert.Null(ReviewNote.Parse(line));

    [Fact]
    public void EveryCode_ShouldHaveItsOwnWordsInBothLanguages()
    {
        var codes = typeof(ReviewNote).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!)
            .Where(code => code != ReviewNote.Edited);
        foreach (var code in codes)
        {
            var note = ReviewNote.Of(code, 1, 2);
            Assert.NotEqual(note.Stored, ModerationText.Ru.Note(note));
            Assert.NotEqual(note.Stored, ModerationText.En.Note(note));
        }
    }
}
