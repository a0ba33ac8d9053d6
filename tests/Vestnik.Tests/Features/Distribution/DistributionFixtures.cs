using System.Globalization;
using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>
/// The app with small sitemap pages (so a few test articles exercise paging), a fast outbox (short polls and
/// retry delays), webhooks allowed on loopback, and Telegram pointed at a fake Bot API server on loopback.
/// </summary>
public abstract class DistributionAppFixture(DatabaseProvider provider) : AppFixture(provider), IAsyncDisposable
{
    public const int SitemapPageSize = 20;
    public const string BotToken = "123456:TEST-token";
    public const string Channel = "@vestnik_test";
    public const int MaxAttempts = 4;

    public FakeHttpReceiver TelegramApi { get; } = new();

    protected override void Configure(VestnikApp app) => app
        .WithSetting("Distribution:SitemapPageSize", SitemapPageSize.ToString(CultureInfo.InvariantCulture))
        .WithSetting("Webhooks:AllowPrivateTargets", "true")
        .WithSetting("Webhooks:PollInterval", "00:00:00.100")
        .WithSetting("Webhooks:RetryBaseDelay", "00:00:00.200")
        .WithSetting("Webhooks:Timeout", "00:00:02")
        .WithSetting("Webhooks:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture))
        .WithSetting("Telegram:ApiBaseUrl", TelegramApi.BaseUrl)
        .WithSetting("Telegram:BotToken", BotToken)
        .WithSetting("Telegram:ChannelId", Channel);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await TelegramApi.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDistributionFixture() : DistributionAppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDistributionFixture() : DistributionAppFixture(DatabaseProvider.Postgres);
