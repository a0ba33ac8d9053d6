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
    /// <para>
    /// Each provider's context runs on its compiled model in <c>Data/CompiledModels</c> (found through the assembly
    /// attribute generated with it), so no start spends half a second building the model. Regenerate it with every
    /// model change, beside the migration: <c>dotnet ef dbcontext optimize --project src/Vestnik --context
    /// SqliteVestnikDbContext -o Data/CompiledModels/Sqlite -n Vestnik.Data.CompiledModels.Sqlite</c>, and the same
    /// for Postgres; CI fails on a stale one.
    /// </para>
    /// </summary>
    public static IServiceCollection AddVestnikData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        // Both providers build their context options once (optionsLifetime: Singleton) rather than per request: EF
        // otherwise rebuilds the options, their extensions and warning settings for every context it creates.
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Vestnik is empty. Set it, e.g. \"Host=127.0.0.1;Database=vestnik;Username=vestnik;Password=...\".");
            }
            services.AddDbContext<VestnikDbContext, PostgresVestnikDbContext>(o => o.UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
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
            // One queue per process, whatever builds the options.
            var writeTurns = new SqliteWriteTurns(TimeSpan.FromSeconds(sqlite.DefaultTimeout));
            services.AddSingleton(_ => writeTurns); // a factory registration, so the container disposes it
            services.AddDbContext<VestnikDbContext, SqliteVestnikDbContext>(o => o.UseSqlite(sqlite.ConnectionString)
                .AddInterceptors(new SqliteConnectionSettings(), writeTurns), optionsLifetime: ServiceLifetime.Singleton);
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
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // EF Core guards migrations with a row in __EFMigrationsLock, which a process killed mid-migration leaves
        // behind, and the next start would wait for it forever. An operating-system lock on a file next to the
        // database is released by the kernel however the holder dies: whoever holds it may clear a leftover row.
        await using var guard = await AcquireFileLockAsync(file + ".migrate-lock", cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // WAL lets readers go on while a writer commits; it is a property of the file and persists.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var lockTables = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        if (lockTables > 0)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
        }
        await db.Database.CloseConnectionAsync();
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another process on this machine is migrating the same file right now.
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
