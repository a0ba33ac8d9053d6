using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Revisions;

namespace Vestnik.Features.Newsroom.Articles.Conflicts;

/// <summary>
/// A save refused because someone saved the article after the version the form was based on: who saved it and when
/// (the article's latest revision), and each text field as the saved text and the user's text side by side.
/// </summary>
public sealed record SaveConflict(int ArticleId, string? SavedByUserId, string SavedBy, DateTimeOffset SavedAt, int Version, IReadOnlyList<ConflictField> Fields)
{
    /// <param name="latest">The article's latest revision: the save the user's form missed.</param>
    public static SaveConflict Between(RevisionRow latest, Article saved, ArticleForm mine) =>
        new(saved.Id, latest.SavedByUserId, latest.SavedBy, latest.SavedAt, saved.Version,
        [
            ConflictField.Of(ConflictFieldName.Title, saved.Title, mine.Title),
            ConflictField.Of(ConflictFieldName.Dek, saved.Dek, mine.Dek),
            ConflictField.Of(ConflictFieldName.Body, saved.BodyMarkdown, mine.Body),
        ]);
}

public enum ConflictFieldName
{
    Title,
    Dek,
    Body,
}

/// <summary>
/// One field of both texts, from one line diff: the saved column shows the lines the user's text lacks as removed,
/// the user's column shows the lines only they have as added, and lines both share appear in both.
/// </summary>
public sealed record ConflictField(ConflictFieldName Name, IReadOnlyList<DiffLine> Saved, IReadOnlyList<DiffLine> Mine, bool Differs)
{
    public static ConflictField Of(ConflictFieldName name, string? saved, string? mine)
    {
        var lines = LineDiff.Compare(saved ?? "", mine ?? "");
        return new(name,
            [.. lines.Where(l => l.Kind != DiffKind.Added)],
            [.. lines.Where(l => l.Kind != DiffKind.Removed)],
            lines.Any(l => l.Kind != DiffKind.Same));
    }
}
