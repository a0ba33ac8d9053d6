using Xunit;
using Vestnik.Data;

namespace Vestnik.Testing;

/// <summary>
/// One app per test class, on one provider. When the provider's server is missing the fixture stays empty and
/// every test that asks for <see cref="App"/> is skipped (or failed under VESTNIK_REQUIRE_ALL) with the reason.
/// </summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private VestnikApp? _app;
    private string? _unavailable;

    public DatabaseProvider Provider => provider;

    public VestnikApp App
    {
        get
        {
            if (_app is null)
            {
                TestEnvironment.Unavailable(_unavailable ?? "the app did not start");
            }
            return _app!;
        }
    }

    /// <summary>Settings the fixture's app starts with, beyond the test defaults.</summary>
    protected virtual void Configure(VestnikApp app)
    {
    }

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var (server, reason) = await PostgresServer.TryGetAsync();
            if (server is null)
            {
                _unavailable = $"PostgreSQL is not available: {reason}";
                return;
            }
        }
        _app = await VestnikApp.CreateAsync(provider, Configure);
        // Starting the server runs migrations and seeding, as a real first start does.
        _app.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(DatabaseProvider.Postgres);
