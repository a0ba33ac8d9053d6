using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Spam;

/// <summary>Matches a text against the moderators' banned words, on whole words and through inflection.</summary>
public sealed class BannedWords(VestnikDbContext db, TimeProvider clock)
{
    public async Task<StepVerdict> CheckAsync(string text, CancellationToken cancellationToken)
    {
        var words = await db.Set<BannedWord>().AsNoTracking()
            .Select(w => new { w.Word, w.Stem, w.Action })
            .ToListAsync(cancellationToken);
        if (words.Count == 0)
        {
            return StepVerdict.Pass(ReviewNote.BannedWords);
        }
        var stems = RussianStems.Of(text).ToHashSet(StringComparer.Ordinal);
        var hits = words.Where(w => stems.Contains(w.Stem)).ToList();
        if (hits.Count == 0)
        {
            return StepVerdict.Pass(ReviewNote.BannedWords);
        }
        var verdict = hits.Any(h => h.Action == BannedWordAction.Reject) ? Verdict.Reject : Verdict.Hold;
        return StepVerdict.Because(verdict, ReviewNote.Of(ReviewNote.BannedWords, string.Join(", ", hits.Select(h => $"«{h.Word}»"))));
    }

    public static bool Matches(string text, string word) =>
        RussianStems.Of(text).Contains(RussianStems.StemOf(word), StringComparer.Ordinal);

    /// <summary>Adds a word (or changes its action); returns false for text that is not one word.</summary>
    public async Task<bool> AddAsync(string word, BannedWordAction action, CancellationToken cancellationToken)
    {
        word = word.Trim().ToLowerInvariant();
        var parts = RussianStems.Of(word).ToList();
        if (parts.Count != 1 || word.Length > BannedWord.MaxLength)
        {
            return false;
        }
        var existing = await db.Set<BannedWord>().FirstOrDefaultAsync(w => w.Word == word, cancellationToken);
        if (existing is null)
        {
            db.Add(new BannedWord { Word = word, Stem = parts[0], Action = action, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Action = action;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task RemoveAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<BannedWord>().Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken);
}
