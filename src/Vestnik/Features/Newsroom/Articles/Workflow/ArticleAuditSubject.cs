using System.Text.RegularExpressions;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>
/// How the audit log names an article: <c>article #12 «Title» (note)</c>. The stored line stays in one form whatever
/// the reader's language (operators grep it); the audit page reads it back and says it in the newsroom's language.
/// </summary>
public static partial class ArticleAuditSubject
{
    /// <summary>Notes the workflow adds; any other note (a scheduled time) is shown as stored.</summary>
    public const string Scheduled = "scheduled";
    public const string Retelling = "retelling";
    public const string Imported = "import";

    public static string Of(Article article, string? note = null) =>
        $"article #{article.Id} «{article.Title}»" + (string.IsNullOrEmpty(note) ? "" : $" ({note})");

    public static (int Id, string Title, string? Note)? Parse(string subject)
    {
        var match = Pattern().Match(subject);
        if (!match.Success || !int.TryParse(match.Groups["id"].ValueSpan, out var id))
        {
            return null;
        }
        return (id, match.Groups["title"].Value, match.Groups["note"].Success ? match.Groups["note"].Value : null);
    }

    [GeneratedRegex(@"^article #(?<id>\d+) «(?<title>.*)»(?: \((?<note>[^()]*)\))?$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
