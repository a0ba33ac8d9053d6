using System.Text.Json;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>The last successful backup, kept in the data folder so the System page shows it whoever made it (command or schedule).</summary>
public sealed record BackupStatus(DateTimeOffset CompletedAt, string Folder, int Files, long Bytes)
{
    public const string FileName = "last-backup.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Record(string dataRoot, string folder, BackupManifest manifest)
    {
        var status = new BackupStatus(manifest.CreatedAt, Path.GetFullPath(folder), manifest.Files.Count, manifest.Files.Sum(f => f.Length));
        var path = Path.Combine(dataRoot, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(status, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static BackupStatus? Read(string dataRoot)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupStatus>(File.ReadAllText(Path.Combine(dataRoot, FileName)), Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
