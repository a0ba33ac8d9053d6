namespace Vestnik.Features.Import.Upload;

/// <summary>
/// One export uploaded in the newsroom and its import: queued by an admin, run in the background by
/// <see cref="ImportRunJob"/>, its progress written as it goes and its report kept afterwards as the history of imports.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; private set; }

    public required ImportRunSource Source { get; init; }

    /// <summary>The name of the uploaded file, as the admin's computer called it.</summary>
    public required string FileName { get; init; }

    /// <summary>The folder under the data folder's <c>imports</c> holding the upload until the run ends.</summary>
    public required string Folder { get; init; }

    /// <summary>The export inside <see cref="Folder"/>, and the media folder beside it when the upload was a zip that had one.</summary>
    public required string ExportFile { get; init; }

    public string? MediaFolder { get; init; }

    public bool DryRun { get; init; }
    public bool IncludePages { get; init; }

    public required string QueuedById { get; init; }
    public required string QueuedByName { get; init; }
    public required DateTimeOffset QueuedAt { get; init; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public ImportRunState State { get; private set; } = ImportRunState.Queued;

    /// <summary>The importer's current pass over the file (<c>catalog</c>, <c>posts</c>) and how far it is.</summary>
    public string Phase { get; private set; } = "";

    public long BytesRead { get; private set; }
    public long BytesTotal { get; private set; }
    public int Items { get; private set; }

    public int Imported { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Skipped { get; private set; }
    public int Warned { get; private set; }
    public int CommentsImported { get; private set; }
    public int CommentsUpdated { get; private set; }
    public int ImagesImported { get; private set; }

    public ImportRunFailure Failure { get; private set; }

    /// <summary>The importer's own words about a stopped run (which line of the file could not be read), if any.</summary>
    public string? FailureDetail { get; private set; }

    public List<ImportRunLine> Lines { get; } = [];

    public bool IsOver => State is ImportRunState.Finished or ImportRunState.Failed;

    public void Start(DateTimeOffset now)
    {
        State = ImportRunState.Running;
        StartedAt = now;
    }

    /// <summary>Keeps the report: its counts and every item it lists. A file the importer could not read to the end fails the run.</summary>
    public void Finish(ImportReport report, DateTimeOffset now)
    {
        (Imported, Updated, Unchanged, Skipped, Warned) = (report.Imported, report.Updated, report.Unchanged, report.Skipped, report.Warned);
        (CommentsImported, CommentsUpdated, ImagesImported) = (report.CommentsImported, report.CommentsUpdated, report.ImagesImported);
        Lines.AddRange(report.SkippedItems.Select(s => new ImportRunLine { Kind = ImportRunLineKind.Skipped, Item = Cut(s.Item), Text = Cut(s.Reason) }));
        Lines.AddRange(report.Warnings.Select(w => new ImportRunLine { Kind = ImportRunLineKind.Warning, Item = Cut(w.Item), Text = Cut(w.Warning) }));
        Lines.AddRange(report.IgnoredTypes.Select(t => new ImportRunLine { Kind = ImportRunLineKind.NotImported, Item = Cut(t.Key), Count = t.Value }));
        if (report.FatalError is { } fatal)
        {
            Fail(ImportRunFailure.Unreadable, fatal, now);
            return;
        }
        State = ImportRunState.Finished;
        FinishedAt = now;
    }

    public void Fail(ImportRunFailure failure, string? detail, DateTimeOffset now)
    {
        State = ImportRunState.Failed;
        Failure = failure;
        FailureDetail = detail is null ? null : Cut(detail);
        FinishedAt = now;
    }

    private static string Cut(string text) => text.Length > ImportRunLine.MaxLength ? text[..(ImportRunLine.MaxLength - 1)] + "…" : text;
}

/// <summary>One line of a run's report: an item skipped or warned about with the reason, or a kind of thing not imported.</summary>
public sealed class ImportRunLine
{
    public const int MaxLength = 1000;

    public long Id { get; private set; }
    public long RunId { get; private set; }
    public required ImportRunLineKind Kind { get; init; }
    public required string Item { get; init; }
    public string Text { get; init; } = "";

    /// <summary>How many of the kind were not imported (1 for a skipped item or a warning).</summary>
    public int Count { get; init; } = 1;
}

public enum ImportRunLineKind
{
    Skipped,
    Warning,
    NotImported,
}

public enum ImportRunState
{
    Queued,
    Running,
    Finished,
    Failed,
}

public enum ImportRunFailure
{
    None,

    /// <summary>The importer stopped on the file: malformed, in the wrong encoding.</summary>
    Unreadable,

    /// <summary>The node running it stopped (a restart, a crash) before the end.</summary>
    Interrupted,

    /// <summary>The import broke on something unexpected; the log has the details.</summary>
    Broken,
}
