using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>The app with small sitemap pages, so paging is exercised on the demo content.</summary>
public abstract class DistributionAppFixture(DatabaseProvider provider) : AppFixture(provider)
{
    public const int SitemapPageSize = 20;

    protected override void Configure(VestnikApp app) =>
        app.WithSetting("Distribution:SitemapPageSize", SitemapPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class SqliteDistributionFixture() : DistributionAppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDistributionFixture() : DistributionAppFixture(DatabaseProvider.Postgres);
