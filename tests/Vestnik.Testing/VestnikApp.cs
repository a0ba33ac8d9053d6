using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;

namespace Vestnik.Testing;

/// <summary>
/// The real app on a throwaway database: a fresh SQLite file in its own data folder, or a fresh database on the
/// run's PostgreSQL server. Migrations and the built-in seeding (labels, admin, spam seed set) run exactly as on a real
/// first start; the demo newsroom does not, unless a test of the demo asks for it with
/// <c>WithSetting("Vestnik:DemoContent", "true")</c>.
/// </summary>
public class VestnikApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    protected VestnikApp(DatabaseProvider provider, string dataPath, string? connectionString)
    {
        Provider = provider;
        DataPath = dataPath;
        _settings["Vestnik:DataPath"] = dataPath;
        _settings["Database:Provider"] = provider.ToString();
        _settings["ConnectionStrings:Vestnik"] = connectionString;
        _settings["Vestnik:Admin:Email"] = AdminEmail;
        _settings["Vestnik:Admin:Password"] = AdminPassword;
        // Seeding the demo newsroom costs every start its time, and a test that leans on it breaks when the corpus
        // changes; tests create what they assert on (TestArticles).
        _settings["Vestnik:DemoContent"] = "false";
        // Page tests change data and look at the result at once; the output cache (evicted within a second) is
        // exercised by its own tests, which switch it on.
        _settings["OutputCache:Enabled"] = "false";
        // Keep test output readable: the app logs warnings and errors only.
        _settings["Logging:LogLevel:Default"] = "Warning";
        _settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
        // Every in-memory test request comes from the same (absent) address; the limits have their own tests.
        _settings["RateLimiting:Enabled"] = "false";
    }

    public const string AdminEmail = "admin@test.vestnik";
    public const string AdminPassword = "Test-admin-password-1";

    public DatabaseProvider Provider { get; }
    public string DataPath { get; }

    /// <summary>Creates the app on the given provider; PostgreSQL skips (or fails under VESTNIK_REQUIRE_ALL) when missing.</summary>
    public static async Task<VestnikApp> CreateAsync(DatabaseProvider provider, Action<VestnikApp>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataPath);
        string? connectionString = null;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.GetAsync();
            connectionString = await server.CreateDatabaseAsync();
        }
        var app = new VestnikApp(provider, dataPath, connectionString);
        configure?.Invoke(app);
        return app;
    }

    /// <summary>Overrides a configuration key before the app starts.</summary>
    public VestnikApp WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serves on a real loopback port (for browsers) instead of the in-memory test server.</summary>
    public VestnikApp OnRealPort()
    {
        UseKestrel(0);
        ServesRealPort = true;
        return this;
    }

    public bool ServesRealPort { get; private set; }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A scope for arranging and checking rows directly in the database.</summary>
    public async Task<T> WithDbAsync<T>(Func<VestnikDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<VestnikDbContext>());
    }

    public async Task WithDbAsync(Func<VestnikDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<VestnikDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a lingering background task; the temp folder is cleaned by the OS.
            }
        }
    }
}
