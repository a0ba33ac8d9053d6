namespace Vestnik.Features.Import.Upload;

/// <summary>
/// The systems whose exports can be uploaded in the newsroom. A new source is one value here, its files in
/// <see cref="ImportRunSources.FilesOf"/> and its importer's call in <see cref="ImportRunner"/>.
/// </summary>
public enum ImportRunSource
{
    WordPress,
    Ghost,
}

/// <summary>Where an uploaded archive of a source holds its export and its media: the file's extension and the media folder's name.</summary>
public sealed record ImportSourceFiles(string ExportExtension, string MediaFolder);

public static class ImportRunSources
{
    public static ImportSourceFiles FilesOf(ImportRunSource source) => source switch
    {
        ImportRunSource.WordPress => new(".xml", "uploads"),
        ImportRunSource.Ghost => new(".json", "images"),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
