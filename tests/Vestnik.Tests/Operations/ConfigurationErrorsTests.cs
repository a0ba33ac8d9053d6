using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Vestnik.Infrastructure.Operations.Startup;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

public sealed class ConfigurationErrorsTests
{
    private static readonly IHostEnvironment Production = new HostingEnvironment { EnvironmentName = Environments.Production };

    /// <summary>The check's message for a production configuration that is valid apart from <paramref name="settings"/>.</summary>
    private static string ProblemWith(params (string Key, string Value)[] settings) => ProblemWith(Production, settings);

    private static string ProblemWith(IHostEnvironment environment, params (string Key, string Value)[] settings)
    {
        var problem = Assert.Throws<ConfigurationProblemException>(() => Check(environment, settings));
        Assert.DoesNotContain('\n', problem.Message);
        return problem.Message;
    }

    private static void Check(IHostEnvironment environment, params (string Key, string Value)[] settings)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-config-" + Guid.NewGuid().ToString("N")[..8]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Vestnik:DataPath", dataPath), new("Vestnik:PublicBaseUrl", "https://vestnik.example"), new("AllowedHosts", "*")])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        try
        {
            ConfigurationCheck.ThrowIfInvalid(configuration, environment);
        }
        finally
        {
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    [Fact]
    public void UnknownProvider_ShouldNameTheKeyAndTheChoices() =>
        Assert.Contains("Database:Provider is \"Mongo\"", ProblemWith(("Database:Provider", "Mongo")), StringComparison.Ordinal);

    [Fact]
    public void PostgresWithoutConnectionString_ShouldSayWhatToSet() =>
        Assert.Contains("ConnectionStrings:Vestnik is empty", ProblemWith(("Database:Provider", "Postgres")), StringComparison.Ordinal);

    [Fact]
    public void MalformedPostgresConnectionString_ShouldBeReported() =>
        Assert.Contains("not a valid PostgreSQL connection string",
            ProblemWith(("Database:Provider", "Postgres"), ("ConnectionStrings:Vestnik", "Hst==;;x")), StringComparison.Ordinal);

    [Fact]
    public void UnreachablePostgres_ShouldNameHostAndPort() =>
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1",
            ProblemWith(("Database:Provider", "Postgres"), ("ConnectionStrings:Vestnik", "Host=127.0.0.1;Port=1;Database=x;Username=u")), StringComparison.Ordinal);

    [Fact]
    public void MalformedSqliteConnectionString_ShouldBeReported() =>
        Assert.Contains("not a valid SQLite connection string", ProblemWith(("ConnectionStrings:Vestnik", "Nonsense Key=1")), StringComparison.Ordinal);

    [Fact]
    public void UnwritableDataFolder_ShouldNameTheFolder()
    {
        // /proc refuses new files even to root, which CI runs as.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Vestnik:DataPath", "/proc/vestnik-data")]).Build();
        var problem = Assert.Throws<ConfigurationProblemException>(() => ConfigurationCheck.ThrowIfInvalid(configuration, Production));
        Assert.Contains("the data folder /proc/vestnik-data (Vestnik:DataPath) is not writable", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpCredentialsWithoutHost_ShouldBeReported() =>
        Assert.Contains("no Email:Smtp:Host", ProblemWith(("Email:Smtp:Username", "bob"), ("Email:Smtp:Password", "secret")), StringComparison.Ordinal);

    [Fact]
    public void SmtpUsernameWithoutPassword_ShouldBeReported() =>
        Assert.Contains("username without a password", ProblemWith(("Email:Smtp:Host", "smtp.example"), ("Email:Smtp:Username", "bob")), StringComparison.Ordinal);

    [Fact]
    public void SmtpPortOutOfRange_ShouldBeReported() =>
        Assert.Contains("Email:Smtp:Port \"70000\"", ProblemWith(("Email:Smtp:Host", "smtp.example"), ("Email:Smtp:Port", "70000")), StringComparison.Ordinal);

    [Fact]
    public void InvalidSender_ShouldBeReported() =>
        Assert.Contains("Email:From", ProblemWith(("Email:From", "not an address")), StringComparison.Ordinal);

    [Theory]
    [InlineData("vestnik.example")]
    [InlineData("ftp://vestnik.example")]
    [InlineData("https://vestnik.example/?a=1")]
    public void InvalidPublicBaseUrl_ShouldBeReported(string url) =>
        Assert.Contains("Vestnik:PublicBaseUrl", ProblemWith(("Vestnik:PublicBaseUrl", url)), StringComparison.Ordinal);

    [Fact]
    public void ProxyThatIsNotAnAddress_ShouldBeReported() =>
        Assert.Contains("ForwardedHeaders:KnownProxies", ProblemWith(("ForwardedHeaders:KnownProxies", "proxy.local")), StringComparison.Ordinal);

    [Fact]
    public void UnknownTimeZone_ShouldBeReported() =>
        Assert.Contains("Vestnik:TimeZone", ProblemWith(("Vestnik:TimeZone", "Mars/Olympus")), StringComparison.Ordinal);

    [Fact]
    public void ScheduledBackupsWithoutPath_ShouldBeReported() =>
        Assert.Contains("Backup:Path is empty", ProblemWith(("Backup:IntervalHours", "24")), StringComparison.Ordinal);

    [Fact]
    public void UnknownNodeRole_ShouldBeReported() =>
        Assert.Contains("Vestnik:Roles is \"web,cron\"", ProblemWith(("Vestnik:Roles", "web,cron")), StringComparison.Ordinal);

    [Fact]
    public void ProductionWithoutPublicBaseUrl_ShouldRefuse_WhenAnyHostIsAllowed() =>
        Assert.StartsWith("Vestnik:PublicBaseUrl is not set and AllowedHosts is \"*\"",
            ProblemWith(("Vestnik:PublicBaseUrl", "")), StringComparison.Ordinal);

    [Fact]
    public void ProductionWithoutPublicBaseUrl_ShouldStart_WhenAllowedHostsIsRestricted() =>
        Check(Production, ("Vestnik:PublicBaseUrl", ""), ("AllowedHosts", "vestnik.example;www.vestnik.example"));

    [Fact]
    public void AllowedHostsOfWildcardsOnly_ShouldBeReported_WithoutPublicBaseUrl() =>
        Assert.Contains("only wildcard patterns", ProblemWith(("Vestnik:PublicBaseUrl", ""), ("AllowedHosts", "*.vestnik.example")), StringComparison.Ordinal);

    [Fact]
    public void DevelopmentWithoutPublicBaseUrl_ShouldStart() =>
        Check(new HostingEnvironment { EnvironmentName = Environments.Development }, ("Vestnik:PublicBaseUrl", ""));

    [Fact]
    public async Task TheApp_InProductionWithoutATrustedAddress_ShouldPrintOneLineAndExitWithCode2()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-config-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exitCode, output, error) = await AppProcess.RunAsync(TimeSpan.FromSeconds(40),
                "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={dataPath}", "--AllowedHosts=*");

            Assert.Equal(StartupFailure.ExitCode, exitCode);
            var line = Assert.Single((output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("Vestnik cannot start: Vestnik:PublicBaseUrl is not set and AllowedHosts is \"*\"", line, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    [Fact]
    public async Task TheApp_ShouldPrintOneLineAndExitWithCode2_WithoutAStackTrace()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-config-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exitCode, output, error) = await AppProcess.RunAsync(TimeSpan.FromSeconds(40),
                "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={dataPath}", "--Database:Provider=Mongo");

            Assert.Equal(StartupFailure.ExitCode, exitCode);
            var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("Vestnik cannot start: Database:Provider is \"Mongo\", which is not a known database. Use \"Sqlite\" (the default, a file in the data folder) or \"Postgres\".",
                Assert.Single(lines));
        }
        finally
        {
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AnUnexpectedStartupError_ShouldAlsoBeOneLine()
    {
        // A SQLite file that is not a database: migration fails in the library, far from any configuration check.
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-config-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataPath);
        await File.WriteAllTextAsync(Path.Combine(dataPath, "vestnik.db"), new string('x', 4096));
        try
        {
            var (exitCode, output, error) = await AppProcess.RunAsync(TimeSpan.FromSeconds(40),
                "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={dataPath}", "--Logging:LogLevel:Default=None");

            Assert.Equal(StartupFailure.ExitCode, exitCode);
            Assert.StartsWith("Vestnik cannot start: SqliteException:", error.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
