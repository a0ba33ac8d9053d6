using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Data;

/// <summary>
/// The one database model, shared by both providers. Each provider has its own subclass so that each keeps
/// its own migrations (<c>dotnet ef migrations add Name --context SqliteVestnikDbContext -o Data/Migrations/Sqlite</c>,
/// and the same with <c>PostgresVestnikDbContext</c> and <c>Data/Migrations/Postgres</c>).
/// </summary>
public abstract class VestnikDbContext(DbContextOptions options, TimeProvider clock)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Data Protection keys, shared by every node so a cookie issued by one is accepted by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Label> Labels => Set<Label>();
    public DbSet<SourceOutlet> SourceOutlets => Set<SourceOutlet>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VestnikDbContext).Assembly, type => !type.IsAbstract);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and appends one change-log row per touched <see cref="IChangeLogged"/> entity, atomically:
    /// either the change and its log row commit together, or neither does.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var logged = ChangeTracker.Entries<IChangeLogged>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Kind: KindOf(e)))
            .ToList();
        if (logged.All(e => e.Entry.Entity.ChangeEntityId != 0))
        {
            // Every id is known already (edits, deletions, comments logged under their article): one save.
            AppendToLog(logged);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // A new article gets its id from the insert, so its log row follows in a second save of the same transaction.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AppendToLog(logged);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void AppendToLog(List<(EntityEntry<IChangeLogged> Entry, ChangeKind Kind)> logged)
    {
        var now = clock.GetUtcNow();
        foreach (var (entry, kind) in logged)
        {
            ChangeLog.Add(new ChangeLogEntry { Topic = entry.Entity.ChangeTopic, EntityId = entry.Entity.ChangeEntityId, Kind = kind, At = now });
        }
    }

    private static ChangeKind KindOf(EntityEntry<IChangeLogged> entry) => entry.State switch
    {
        EntityState.Added => ChangeKind.Created,
        EntityState.Deleted => ChangeKind.Deleted,
        _ => ChangeKind.Updated,
    };
}
