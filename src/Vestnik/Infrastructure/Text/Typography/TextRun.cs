namespace Vestnik.Infrastructure.Text.Typography;

/// <summary>
/// The words of one paragraph (or heading, or table cell) as a reader sees them, with where each character came from in
/// the source, so a rule that reads the text can change the source. Characters that stand for something the source
/// spells differently (a line break between two lines of a paragraph) are mapped to <see cref="Unmapped"/>: rules may
/// read them as context but never change them.
/// </summary>
internal sealed class TextRun(string text, int[] sourceIndexes)
{
    public const int Unmapped = -1;

    public string Text { get; } = text;

    /// <summary>The source span of <paramref name="length"/> characters at <paramref name="start"/>, if the run holds
    /// them unbroken in the source: markup or a line break inside the span makes it untouchable.</summary>
    public int? SourceStart(int start, int length)
    {
        var first = sourceIndexes[start];
        if (first == Unmapped)
        {
            return null;
        }
        for (var i = 1; i < length; i++)
        {
            if (sourceIndexes[start + i] != first + i)
            {
                return null;
            }
        }
        return first;
    }

    /// <summary>The whole of a plain text (a headline, a dek) as one run.</summary>
    public static TextRun Plain(string text) => new(text, Enumerable.Range(0, text.Length).ToArray());
}
