using System.Text.Json;
using Vestnik.Features.Export;

namespace Vestnik.Features.Import.Restore;

/// <summary>One file of the media manifest: where it goes under the media folder, its size and SHA-256.</summary>
internal sealed record ManifestFile(string Path, long Bytes, string Sha256);

/// <summary>What the first pass learnt: the file's hash (its identity for a second import), counts, the media manifest.</summary>
internal sealed record ExportContents(string Hash, int Articles, int MediaAssets, IReadOnlyList<ManifestFile> MediaFiles);

/// <summary>
/// The first pass over an export: the format and its version, every object read to the end of the file (a cut
/// file is found here, before anything is written), and every file of the media manifest present in the export.
/// </summary>
internal static class ExportCheck
{
    public static ExportContents Read(ExportSource source)
    {
        using var json = new JsonStream(source.OpenJson());
        string? format = null;
        int? version = null;
        var articles = 0;
        var assets = 0;
        var files = new List<ManifestFile>();

        json.Expect(JsonTokenType.StartObject, "The export");
        while (json.Read() == JsonTokenType.PropertyName)
        {
            switch (json.PropertyName)
            {
                case "format":
                    using (var value = json.ReadValue()!)
                    {
                        format = value.RootElement.ValueKind == JsonValueKind.String ? value.RootElement.GetString() : null;
                    }
                    if (format != "vestnik-export")
                    {
                        throw new ExportFileException("This is not a Vestnik export: its \"format\" is not \"vestnik-export\".");
                    }
                    break;
                case "formatVersion":
                    using (var value = json.ReadValue()!)
                    {
                        version = value.RootElement.ValueKind == JsonValueKind.Number && value.RootElement.TryGetInt32(out var number) ? number : -1;
                    }
                    if (version != SiteExport.FormatVersion)
                    {
                        throw new ExportFileException($"The export is in format version {Shown(version)}; this Vestnik reads version {SiteExport.FormatVersion}. " +
                            "Restore it with the Vestnik version that wrote it, or export again from an up-to-date site.");
                    }
                    break;
                case "articles":
                    articles = Count(json, "articles");
                    break;
                case var list when Lists.Contains(list):
                    Count(json, list!);
                    break;
                case "media":
                    json.Expect(JsonTokenType.StartObject, "media");
                    while (json.Read() == JsonTokenType.PropertyName)
                    {
                        switch (json.PropertyName)
                        {
                            case "assets":
                                assets = Count(json, "media.assets");
                                break;
                            case "files":
                                ReadManifest(json, source, files);
                                break;
                            default:
                                json.SkipValue();
                                break;
                        }
                    }
                    break;
                default:
                    json.SkipValue();
                    break;
            }
        }
        json.ReadToEnd();
        if (format is null || version is null)
        {
            throw new ExportFileException("This is not a Vestnik export: it lacks \"format\" or \"formatVersion\".");
        }
        return new ExportContents(json.Hash(), articles, assets, files);

        static string Shown(int? version) => version is -1 ? "(not a number)" : $"{version}";
    }

    /// <summary>The lists of objects the import reads; other properties are small values or ones a newer export added.</summary>
    public static readonly string[] Lists =
        ["sections", "tags", "labels", "sourceOutlets", "authors", "staffAccounts", "readerAccounts", "articles", "comments", "oldAddresses"];

    /// <summary>Reads a list through one object at a time, so a damaged object stops the import before it writes.</summary>
    private static int Count(JsonStream json, string name)
    {
        json.Expect(JsonTokenType.StartArray, name);
        var items = 0;
        while (json.ReadValue() is { } element)
        {
            element.Dispose();
            items++;
        }
        return items;
    }

    private static void ReadManifest(JsonStream json, ExportSource source, List<ManifestFile> files)
    {
        json.Expect(JsonTokenType.StartArray, "media.files");
        while (json.ReadValue() is { } element)
        {
            using (element)
            {
                var file = new ManifestFile(element.RootElement.Str("path"), element.RootElement.Long("bytes"), element.RootElement.Str("sha256"));
                using var content = source.OpenMedia(file.Path)
                    ?? throw new ExportFileException($"The media file {file.Path} is listed in the manifest but missing from the export.");
                files.Add(file);
            }
        }
    }
}
