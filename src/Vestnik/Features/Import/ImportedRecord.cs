namespace Vestnik.Features.Import;

/// <summary>
/// What an import made of one thing of another system: the source's own id, the row it became here, and a hash of
/// the source's content. Importing the same export again finds every record with its hash unchanged and skips it; a
/// newer export updates exactly the things whose hash moved.
/// </summary>
public sealed class ImportedRecord
{
    public long Id { get; private set; }

    /// <summary>The system exported from (<see cref="ImportSources.WordPress"/>).</summary>
    public required string Source { get; init; }

    /// <summary>What it is: <see cref="ImportedKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The source's id (a number in WordPress, 24 hex digits in Ghost, a slug for sections and tags; for an image, its file's path under the uploads folder).</summary>
    public required string SourceId { get; init; }

    /// <summary>The id of the row it became here (an article, comment, section, tag, byline or media asset).</summary>
    public long TargetId { get; set; }

    public string ContentHash { get; set; } = "";
}

public static class ImportSources
{
    public const string WordPress = "wordpress";

    /// <summary>Another Vestnik's full export (docs/export.md).</summary>
    public const string Vestnik = "vestnik";

    /// <summary>A Ghost 5 or 6 JSON export.</summary>
    public const string Ghost = "ghost";
}

public static class ImportedKinds
{
    public const string Article = "article";
    public const string Comment = "comment";
    public const string Section = "section";
    public const string Tag = "tag";
    public const string Author = "author";
    public const string Image = "image";

    /// <summary>A whole export restored into this site, by the SHA-256 of its JSON document.</summary>
    public const string Export = "export";
}
