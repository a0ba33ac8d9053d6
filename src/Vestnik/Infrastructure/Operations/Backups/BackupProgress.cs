using System.Diagnostics;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>Reports "n of m files, x MB" at most once a second, and always at the end.</summary>
public sealed class BackupProgress(Action<string>? report, string verb, int totalFiles, long totalBytes)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _sinceReport = Stopwatch.StartNew();
    private int _files;
    private long _bytes;

    public void FileDone(long length)
    {
        _files++;
        _bytes += length;
        if (_sinceReport.Elapsed >= Every || _files == totalFiles)
        {
            _sinceReport.Restart();
            var percent = totalBytes == 0 ? 100 : (int)(100 * _bytes / totalBytes);
            report?.Invoke($"{verb} files: {_files} of {totalFiles} ({_bytes / 1048576.0:0.0} of {totalBytes / 1048576.0:0.0} MB, {percent}%)");
        }
    }
}
