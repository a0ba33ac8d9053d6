using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vestnik.Infrastructure;

namespace Vestnik.Data;

public static class DataFeature
{
    public const string ConnectionStringName = "Vestnik";

    /// <summary>
    /// Registers <see cref="VestnikDbContext"/> on the configured provider. SQLite needs no connection string:
    /// it defaults to <c>vestnik.db</c> in the data directory.
    /// </summary>
    public static IServiceCollection AddVestnikData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Vestnik is empty. Set it, e.g. \"Host=127.0.0.1;Database=vestnik;Username=vestnik;Password=...\".");
            }
            services.AddDbContext<VestnikDbContext, PostgresVestnikDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var dataPath = configuration.GetSection(VestnikOptions.Section).Get<VestnikOptions>()?.ResolveDataPath()
                ?? new VestnikOptions().ResolveDataPath();
            var sqlite = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataPath, "vestnik.db")}" : connectionString)
            {
                Pooling = true,
                DefaultTimeout = 30,
            };
            services.AddDbContext<VestnikDbContext, SqliteVestnikDbContext>(o => o.UseSqlite(sqlite.ConnectionString));
        }
        services.AddSingleton(new DatabaseOptions { Provider = provider });
        // Keys live in the database, not in a node's home folder: every node decrypts every other node's cookies.
        services.AddDataProtection().SetApplicationName("Vestnik").PersistKeysToDbContext<VestnikDbContext>();
        return services;
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to write-ahead logging.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
            await db.Database.OpenConnectionAsync(cancellationToken);
            // WAL lets readers go on while a writer commits; it is a property of the file and persists.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
