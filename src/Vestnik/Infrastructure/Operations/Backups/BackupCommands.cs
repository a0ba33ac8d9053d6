using Vestnik.Infrastructure.Operations.Startup;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>
/// <c>Vestnik backup &lt;folder&gt;</c> and <c>Vestnik restore &lt;folder&gt;</c>: run instead of the web host, with the same
/// configuration (appsettings, environment, <c>--Key=value</c> after the folder).
/// </summary>
public static class BackupCommands
{
    /// <summary>Runs the command named by the first argument, if it is one of ours; sets the exit code and returns true.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args is not [("backup" or "restore") and var command, ..])
        {
            return false;
        }
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"Usage: Vestnik {command} <folder> [--Vestnik:DataPath=...]");
            Environment.ExitCode = StartupFailure.ExitCode;
            return true;
        }
        var configuration = VestnikHost.CreateBuilder(args[2..]).Configuration;
        var source = BackupSource.From(configuration);
        try
        {
            if (command == "backup")
            {
                var manifest = await new BackupWriter(source, TimeProvider.System).WriteAsync(args[1], Console.WriteLine, CancellationToken.None);
                BackupStatus.Record(source.DataRoot, args[1], manifest);
            }
            else
            {
                await new BackupRestorer(source).RestoreAsync(args[1], Console.WriteLine, CancellationToken.None);
            }
            Environment.ExitCode = 0;
        }
        catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {ex.Message.ReplaceLineEndings(" ")}");
            Environment.ExitCode = 1;
        }
        return true;
    }
}
