using System.Globalization;
using System.Text;
using Vestnik.Features.Comments.Posting;

namespace Vestnik.Features.Comments.Readers;

/// <summary>Why a display name was refused; <see cref="None"/> when it is fine.</summary>
public enum DisplayNameProblem
{
    None,
    Length,
    Reserved,
    Staff,
    Taken,
}

/// <summary>
/// The name shown above a reader's comments: 2 to 50 characters, in any script, emoji included. It must not pass
/// for the newsroom (reserved words, staff names and bylines) or for another reader. Names are compared by their
/// <see cref="Skeleton"/>, so case, spacing, punctuation and look-alike letters from another alphabet (Latin "a"
/// and Cyrillic "а") do not make a copy new.
/// </summary>
public static class DisplayNames
{
    public const int MinLength = 2;
    public const int MaxLength = 50;

    /// <summary>Words only the newsroom may go by, in both languages of the site; the site's own name is added to them.</summary>
    public static readonly IReadOnlyList<string> ReservedWords =
        ["admin", "administrator", "moderator", "editor", "администратор", "модератор", "редакция", "редактор", "Вестник"];

    /// <summary>An inflected form ("Вестника", "admins") still reads as the word; this many letters may follow it.</summary>
    private const int InflectionLength = 2;

    private const char ZeroWidthJoiner = '\u200D';
    private const char EmojiPresentation = '\uFE0F';

    /// <summary>
    /// Removes control and invisible formatting characters: bidi overrides and isolates could make a name read
    /// backwards, zero-width ones make two identical-looking names differ. A zero-width joiner inside an emoji
    /// sequence (👩‍💻) is kept. Runs of white space become one space.
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control && !Rune.IsWhiteSpace(rune))
            {
                continue;
            }
            if (category == UnicodeCategory.Format && !(rune.Value == ZeroWidthJoiner && FollowsEmoji(kept)))
            {
                continue;
            }
            kept.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool IsValid(string name) => CommentFormatter.VisibleLength(name) is >= MinLength and <= MaxLength;

    /// <summary>
    /// The first reason <paramref name="name"/> (already <see cref="Normalize"/>d) cannot be used, given the site's
    /// name, the names the newsroom signs with and the names other readers already have.
    /// </summary>
    public static DisplayNameProblem Check(string name, string siteName, IEnumerable<string> staffNames, IEnumerable<string> readerNames)
    {
        if (!IsValid(name))
        {
            return DisplayNameProblem.Length;
        }
        if (IsReserved(name, siteName))
        {
            return DisplayNameProblem.Reserved;
        }
        var skeleton = Skeleton(name);
        if (staffNames.Any(staff => Skeleton(staff) == skeleton))
        {
            return DisplayNameProblem.Staff;
        }
        return readerNames.Any(reader => Skeleton(reader) == skeleton) ? DisplayNameProblem.Taken : DisplayNameProblem.None;
    }

    /// <summary>Whether some run of the name's words spells a reserved word or the site's name, perhaps inflected.</summary>
    public static bool IsReserved(string name, string siteName)
    {
        var words = Words(name);
        var reserved = ReservedWords.Append(siteName).Select(Skeleton).Where(r => r.Length > 0).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            var run = "";
            for (var end = start; end < words.Count; end++)
            {
                run += words[end];
                if (reserved.Any(r => run.StartsWith(r, StringComparison.Ordinal) && run.Length - r.Length <= InflectionLength))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// What a name looks like, as a string two look-alike names share: compatibility-normalised, lower case,
    /// without accents, spaces and punctuation, with Cyrillic and Greek letters that look Latin (and 0, 1, |, i)
    /// folded to one letter.
    /// </summary>
    public static string Skeleton(string name) => string.Concat(Words(name));

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in name.Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control:
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                    or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation:
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }
                    continue;
                default:
                    var lower = Rune.ToLowerInvariant(rune);
                    word.Append(lower.IsBmp && LookAlikes.TryGetValue((char)lower.Value, out var latin) ? latin.ToString() : lower.ToString());
                    break;
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>Letters drawn like a Latin letter (lower case, as the skeleton is), folded to that letter.</summary>
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'l', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['ԛ'] = 'q',
        ['ԝ'] = 'w', ['һ'] = 'h', ['ь'] = 'b',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'l', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w',
        // Digits and strokes that pass for letters, and the letters they pass for.
        ['0'] = 'o', ['1'] = 'l', ['|'] = 'l', ['i'] = 'l', ['ı'] = 'l',
    };

    private static bool FollowsEmoji(StringBuilder text) =>
        text.Length > 0 && (char.IsLowSurrogate(text[^1]) || text[^1] == EmojiPresentation);
}
