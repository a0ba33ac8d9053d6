namespace Vestnik.Infrastructure.Operations;

/// <summary>
/// The console commands (<c>reindex</c>, <c>export</c>, <c>import</c>) start the same host as the site, followed by
/// arguments of their own: paths and flags, which are not settings.
/// </summary>
public static class ConsoleCommandArguments
{
    /// <summary>A command is named by the first argument; the site starts with settings only (or nothing).</summary>
    public static bool NameACommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>
    /// What the host's configuration reads: every argument when the site starts; after a command only the
    /// <c>--Key=value</c> settings, since the configuration reader would take an absolute path (<c>/srv/site.zip</c>)
    /// or a flag (<c>--media-folder</c>) for a switch and the argument after it for its value.
    /// </summary>
    public static string[] HostSettings(string[] args) =>
        NameACommand(args) ? [.. args.Where(IsSetting)] : args;

    /// <summary>A <c>--Section:Key=value</c> override, which the host has read already and a command skips.</summary>
    public static bool IsSetting(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains(':', StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal);
}
