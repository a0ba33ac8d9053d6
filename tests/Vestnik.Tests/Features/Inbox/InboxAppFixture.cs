using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>
/// The app without the worker role, so the poller never runs by itself (tests drive it), private targets allowed (the fake feed server is on
/// loopback), no host pace and a one-second timeout.
/// </summary>
public abstract class InboxAppFixture(DatabaseProvider provider) : AppFixture(provider)
{
    protected override void Configure(VestnikApp app)
    {
        app.WithSetting("Vestnik:Roles", "web,indexer")
            .WithSetting("Inbox:AllowPrivateTargets", "true")
            .WithSetting("Inbox:HostPace", "00:00:00")
            .WithSetting("Inbox:FetchTimeout", "00:00:04");
    }

    /// <summary>Creates an enabled subscription, due now.</summary>
    public Task<FeedSubscription> SubscribeAsync(Uri url, string outlet = "Test Outlet", string language = "", int intervalMinutes = 15) =>
        App.WithDbAsync(async db =>
        {
            var subscription = new FeedSubscription
            {
                FeedUrl = url.ToString(),
                OutletName = outlet,
                Language = language,
                PollIntervalMinutes = intervalMinutes,
                CreatedAt = DateTimeOffset.UtcNow,
                NextPollAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            };
            db.Add(subscription);
            await db.SaveChangesAsync();
            return subscription;
        });
}

public sealed class SqliteInboxFixture() : InboxAppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresInboxFixture() : InboxAppFixture(DatabaseProvider.Postgres);

/// <summary>The fake feed server, one per test class.</summary>
public sealed class FeedServerFixture : IAsyncLifetime
{
    private FakeFeedServer? _server;

    public FakeFeedServer Server => _server ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
