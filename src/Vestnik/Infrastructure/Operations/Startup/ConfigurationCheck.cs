using System.Net;
using Microsoft.Data.Sqlite;
using MimeKit;
using Npgsql;
using Vestnik.Data;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Net;

namespace Vestnik.Infrastructure.Operations.Startup;

/// <summary>
/// Checks the settings before anything is built on them, so a typo surfaces as one sentence naming the key
/// and the fix, not as an exception from deep inside a library on the first request.
/// </summary>
public static class ConfigurationCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Throws <see cref="ConfigurationProblemException"/> for the first problem found.</summary>
    public static void ThrowIfInvalid(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = CheckProvider(configuration);
        var connectionString = configuration.GetConnectionString(DataFeature.ConnectionStringName);
        CheckDataFolder(configuration);
        if (provider == DatabaseProvider.Postgres)
        {
            CheckPostgres(connectionString);
        }
        else
        {
            CheckSqlite(connectionString);
        }
        CheckUrls(configuration, environment);
        CheckSmtp(configuration);
        CheckProxies(configuration);
        CheckTimeZone(configuration);
        CheckBackups(configuration);
        CheckRoles(configuration);
    }

    private static DatabaseProvider CheckProvider(IConfiguration configuration)
    {
        var value = configuration[DatabaseOptions.Section + ":Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        if (Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider))
        {
            return provider;
        }
        throw new ConfigurationProblemException(
            $"Database:Provider is \"{value}\", which is not a known database. Use \"Sqlite\" (the default, a file in the data folder) or \"Postgres\".");
    }

    private static void CheckDataFolder(IConfiguration configuration)
    {
        var options = configuration.GetSection(VestnikOptions.Section).Get<VestnikOptions>() ?? new VestnikOptions();
        string path;
        try
        {
            path = options.ResolveDataPath();
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ConfigurationProblemException($"Vestnik:DataPath \"{options.DataPath}\" is not a valid folder path ({ex.Message}).", ex);
        }
        var probe = Path.Combine(path, $".write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationProblemException(
                $"the data folder {path} (Vestnik:DataPath) is not writable: {ex.Message.TrimEnd('.')}. Make it writable for user \"{Environment.UserName}\" or point Vestnik:DataPath to another folder.", ex);
        }
    }

    private static void CheckSqlite(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }
        try
        {
            _ = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationProblemException(
                $"ConnectionStrings:Vestnik is not a valid SQLite connection string ({ex.Message}). Leave it empty to use vestnik.db in the data folder, or write \"Data Source=/path/vestnik.db\".", ex);
        }
    }

    private static void CheckPostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationProblemException(
                "Database:Provider is Postgres but ConnectionStrings:Vestnik is empty. Set it, e.g. \"Host=127.0.0.1;Database=vestnik;Username=vestnik;Password=...\".");
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new ConfigurationProblemException(
                $"ConnectionStrings:Vestnik is not a valid PostgreSQL connection string ({ex.Message}). Expected e.g. \"Host=127.0.0.1;Database=vestnik;Username=vestnik;Password=...\".", ex);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ConfigurationProblemException("ConnectionStrings:Vestnik names no Host. Add e.g. \"Host=127.0.0.1;\".");
        }
        builder.Timeout = (int)ConnectTimeout.TotalSeconds;
        builder.Pooling = false;
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new ConfigurationProblemException(
                $"cannot reach PostgreSQL at {builder.Host}:{builder.Port} (database \"{builder.Database}\", user \"{builder.Username}\"): {ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}. Check that the server runs and ConnectionStrings:Vestnik is right.", ex);
        }
    }

    private static void CheckUrls(IConfiguration configuration, IHostEnvironment environment)
    {
        var publicBaseUrl = configuration[VestnikOptions.Section + ":PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(publicBaseUrl)
            && (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)))
        {
            throw new ConfigurationProblemException(
                $"Vestnik:PublicBaseUrl \"{publicBaseUrl}\" is not an absolute http(s) address. Write it like \"https://vestnik.example\" (no query, no #).");
        }
        var origin = PublicOrigin.From(configuration, environment);
        if (!origin.RequestHostTrusted && origin.Configured is null)
        {
            throw new ConfigurationProblemException(
                "Vestnik:PublicBaseUrl is not set and AllowedHosts is \"*\", so emailed links could point to any host a request names. Set Vestnik:PublicBaseUrl (e.g. \"https://vestnik.example\") or list the site's hosts in AllowedHosts.");
        }
        if (origin.WithoutRequest is null)
        {
            throw new ConfigurationProblemException(
                "AllowedHosts lists only wildcard patterns, so links written without a request have no address. Set Vestnik:PublicBaseUrl, or add the main host itself (e.g. \"vestnik.example\") to AllowedHosts.");
        }
    }

    private static void CheckSmtp(IConfiguration configuration)
    {
        var email = configuration.GetSection(EmailOptions.Section);
        var from = email["From"];
        if (!string.IsNullOrWhiteSpace(from) && !MailboxAddress.TryParse(from, out _))
        {
            throw new ConfigurationProblemException($"Email:From \"{from}\" is not an email address. Write it like \"Вестник <newsroom@vestnik.example>\".");
        }
        var smtp = email.GetSection("Smtp");
        var host = smtp["Host"];
        var username = smtp["Username"];
        var password = smtp["Password"];
        if (string.IsNullOrWhiteSpace(host))
        {
            if (!string.IsNullOrWhiteSpace(username) || !string.IsNullOrWhiteSpace(password) || smtp["Port"] is not null)
            {
                throw new ConfigurationProblemException(
                    "Email:Smtp has a port or credentials but no Email:Smtp:Host. Set the host, or remove the Email:Smtp settings to write mail to the data folder.");
            }
            return;
        }
        if (string.IsNullOrWhiteSpace(username) != string.IsNullOrWhiteSpace(password))
        {
            throw new ConfigurationProblemException(
                "Email:Smtp has a username without a password (or the reverse). Set both Email:Smtp:Username and Email:Smtp:Password, or neither for a server without authentication.");
        }
        if (smtp["Port"] is { } port && (!int.TryParse(port, out var number) || number is < 1 or > 65535))
        {
            throw new ConfigurationProblemException($"Email:Smtp:Port \"{port}\" is not a port number (1–65535); usually 587 or 465.");
        }
        if (smtp["Security"] is { } security && security is not ("StartTls" or "SslOnConnect" or "None"))
        {
            throw new ConfigurationProblemException($"Email:Smtp:Security \"{security}\" is unknown. Use StartTls (port 587), SslOnConnect (port 465) or None.");
        }
    }

    private static void CheckProxies(IConfiguration configuration)
    {
        foreach (var proxy in ForwardedHeadersSetup.KnownProxies(configuration))
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new ConfigurationProblemException(
                    $"ForwardedHeaders:KnownProxies contains \"{proxy}\", which is not an IP address. List the reverse proxy's addresses, e.g. \"127.0.0.1\".");
            }
        }
    }

    private static void CheckTimeZone(IConfiguration configuration)
    {
        var zone = configuration[VestnikOptions.Section + ":TimeZone"];
        if (string.IsNullOrWhiteSpace(zone))
        {
            return;
        }
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new ConfigurationProblemException($"Vestnik:TimeZone \"{zone}\" is not a known time zone. Use an IANA id such as \"Europe/Moscow\".", ex);
        }
    }

    private static void CheckBackups(IConfiguration configuration)
    {
        var options = configuration.GetSection(Backups.BackupOptions.Section).Get<Backups.BackupOptions>() ?? new Backups.BackupOptions();
        if (options.IntervalHours < 0 || options.Keep < 1)
        {
            throw new ConfigurationProblemException("Backup:IntervalHours must be 0 (off) or more, and Backup:Keep at least 1.");
        }
        if (options.IntervalHours > 0 && string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ConfigurationProblemException(
                "Backup:IntervalHours turns on scheduled backups but Backup:Path is empty. Set Backup:Path to a folder outside the data folder, e.g. \"/srv/vestnik-backups\".");
        }
    }

    private static void CheckRoles(IConfiguration configuration)
    {
        var node = configuration.GetSection(VestnikOptions.Section).Get<Jobs.NodeOptions>() ?? new Jobs.NodeOptions();
        if (node.ParseRoles() is null)
        {
            throw new ConfigurationProblemException(
                $"Vestnik:Roles is \"{node.Roles}\", which names a role that does not exist. List any of \"web\", \"worker\" and \"indexer\", e.g. \"web,indexer\" (default: all three).");
        }
    }
}
