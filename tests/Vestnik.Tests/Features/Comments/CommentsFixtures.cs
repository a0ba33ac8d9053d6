using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Comments;

/// <summary>
/// The app with the human-speed checks relaxed: tests post faster than people type and more often than the
/// default limits allow. Tests of those checks build their own app with the defaults.
/// </summary>
public abstract class CommentsAppFixture(DatabaseProvider provider) : AppFixture(provider)
{
    protected override void Configure(VestnikApp app) => Relax(app);

    public static VestnikApp Relax(VestnikApp app) => app
        .WithSetting("Comments:MinSecondsToSubmit", "0")
        .WithSetting("Comments:PostsPerMinutePerAccount", "100000")
        .WithSetting("Comments:PostsPerMinutePerIp", "100000");
}

public sealed class SqliteCommentsFixture() : CommentsAppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresCommentsFixture() : CommentsAppFixture(DatabaseProvider.Postgres);
