using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vestnik.Data;

public sealed class SqliteVestnikDbContext(DbContextOptions<SqliteVestnikDbContext> options, TimeProvider clock)
    : VestnikDbContext(options, clock)
{
    // SQLite cannot ORDER BY a DateTimeOffset; stored as a sortable long, "latest first" works on both providers.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresVestnikDbContext(DbContextOptions<PostgresVestnikDbContext> options, TimeProvider clock)
    : VestnikDbContext(options, clock);

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVestnikDbContext>
{
    public SqliteVestnikDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVestnikDbContext>().UseSqlite("Data Source=design.db").Options, TimeProvider.System);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVestnikDbContext>
{
    public PostgresVestnikDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVestnikDbContext>().UseNpgsql("Host=localhost;Database=vestnik").Options, TimeProvider.System);
}
