using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Import.Upload;

/// <summary>A received upload: the form's small fields, and the folder and file the export was streamed to.</summary>
public sealed record ReceivedUpload(Dictionary<string, string> Fields, string Folder, string? FileName, string? File);

/// <summary>
/// Streams an uploaded export straight from the request body to a folder of its own under the data folder's
/// <c>imports</c> (never into memory, never to a temporary copy first), then finds the export in it: the file itself, or
/// the one export in an unpacked zip and the media folder beside it. The folder lives until its run ends.
/// </summary>
public sealed class ImportUploads(DataFolders folders, IOptions<ImportUploadOptions> options)
{
    /// <summary>Room for the form's other fields and the multipart framing beside the file.</summary>
    public const long FormOverhead = 64 * 1024;

    private const int MaxFieldLength = 4096;

    public string Root => Path.Combine(folders.Root, "imports");

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>Reads a multipart form; a file longer than the limit stops the read with <see cref="UploadProblem.TooLarge"/>.</summary>
    public async Task<(ReceivedUpload Upload, UploadProblem? Problem)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var folderName = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, folderName);
        Directory.CreateDirectory(folder);
        try
        {
            return await ReceiveIntoAsync(request, new ReceivedUpload([], folderName, null, null), cancellationToken);
        }
        catch
        {
            // The body broke off mid-file (the admin left, the server's limit): nothing of it stays.
            Delete(folderName);
            throw;
        }
    }

    private async Task<(ReceivedUpload Upload, UploadProblem? Problem)> ReceiveIntoAsync(HttpRequest request, ReceivedUpload upload, CancellationToken cancellationToken)
    {
        var folder = FolderOf(upload.Folder);
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value ?? "";
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value is not { } name)
            {
                continue;
            }
            if (disposition.IsFileDisposition())
            {
                var fileName = Path.GetFileName((disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "").Replace('\\', '/'));
                if (fileName.Length == 0 || upload.File is not null)
                {
                    continue;
                }
                var file = Path.Combine(folder, "upload" + Path.GetExtension(fileName).ToLowerInvariant());
                await using (var target = File.Create(file))
                {
                    if (!await CopyAtMostAsync(section.Body, target, MaxUploadBytes, cancellationToken))
                    {
                        return (upload, UploadProblem.TooLarge);
                    }
                }
                upload = upload with { FileName = fileName, File = file };
            }
            else if (disposition.IsFormDisposition())
            {
                using var text = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                var buffer = new char[MaxFieldLength];
                var length = await text.ReadBlockAsync(buffer, cancellationToken);
                upload.Fields[name] = new string(buffer, 0, length);
            }
        }
        return (upload, null);
    }

    /// <summary>
    /// The export and media folder the run will read, for the source the admin chose: an export uploaded alone, or a
    /// zip unpacked into the run's folder.
    /// </summary>
    public (string? Export, string? MediaFolder, UploadProblem? Problem) Prepare(ReceivedUpload upload, ImportRunSource source)
    {
        if (upload.File is not { } file || new FileInfo(file).Length == 0)
        {
            return (null, null, UploadProblem.NoFile);
        }
        var files = ImportRunSources.FilesOf(source);
        var extension = Path.GetExtension(file);
        if (extension == files.ExportExtension)
        {
            return (file, null, null);
        }
        if (extension != ".zip")
        {
            return (null, null, UploadProblem.WrongType);
        }
        var unpacked = Path.Combine(FolderOf(upload.Folder), "unpacked");
        if (UploadedArchive.Unpack(file, unpacked, options.Value) is { } problem)
        {
            return (null, null, problem);
        }
        // The zip itself is no longer needed: only what it held is read.
        File.Delete(file);
        return UploadedArchive.FindExport(unpacked, files);
    }

    public string FolderOf(string folderName) => Path.Combine(Root, folderName);

    /// <summary>Deletes an upload's folder with everything unpacked into it.</summary>
    public void Delete(string folderName)
    {
        var folder = FolderOf(folderName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            copied += read;
            if (copied > limit)
            {
                return false;
            }
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }
}
