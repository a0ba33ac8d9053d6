using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// The app on a real loopback port, on SQLite, for the browser tests of one class (or of the whole suite): each site
/// says how it differs from the default in <see cref="Configure"/>, and what must exist before its tests in
/// <see cref="SeedAsync"/>.
/// </summary>
public abstract class SiteFixture : IAsyncLifetime
{
    private VestnikApp? _app;

    public VestnikApp App => _app ?? throw new InvalidOperationException("not started");

    public Uri BaseAddress => App.ClientOptions.BaseAddress;

    protected virtual VestnikApp Configure(VestnikApp app) => app;

    protected virtual Task SeedAsync(VestnikApp app) => Task.CompletedTask;

    public virtual async ValueTask InitializeAsync()
    {
        _app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, app => Configure(app.OnRealPort()));
        _app.StartServer();
        await SeedAsync(_app);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
