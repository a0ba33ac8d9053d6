using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;

namespace Vestnik.Features.Api.Keys;

/// <summary>One line of the key list: never the secret, which is not kept.</summary>
public sealed record ApiKeyRow(
    int Id, string Name, string Scopes, IReadOnlyList<string> Origins, int RequestsPerMinute,
    DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? ActsAs);

/// <summary>What an admin asks for in the new-key form, as typed; <paramref name="ActsAsUserId"/> counts only with a writing scope.</summary>
public sealed record NewApiKey(string Name, string Origins, int RequestsPerMinute, IReadOnlyCollection<string> Scopes, string? ActsAsUserId);

/// <summary>A member of staff a writing key can act as.</summary>
public sealed record StaffWriter(string Id, string Name);

/// <summary>A key just made, with the secret that is shown this once.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Secret);

/// <summary>The newsroom's key page does this: list keys, create one, revoke one; who gave or ended access goes to the audit log.</summary>
public sealed class ApiKeyAdmin(VestnikDbContext db, ApiKeyRegistry registry, AuditLog audit, TimeProvider clock)
{
    public const int DefaultRequestsPerMinute = 600;

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await db.Set<ApiKey>().AsNoTracking()
            .OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.Id)
            .ToListAsync(cancellationToken);
        var accounts = keys.Select(k => k.ActsAsUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => accounts.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, cancellationToken);
        return [.. keys.Select(k => new ApiKeyRow(k.Id, k.Name, k.Scopes, k.OriginList, k.RequestsPerMinute, k.CreatedAt, k.LastUsedAt, k.RevokedAt,
            k.ActsAsUserId is { } id ? names.GetValueOrDefault(id, id) : null))];
    }

    /// <summary>The accounts whose roles write articles, by name: the ones a writing key may act as.</summary>
    public async Task<IReadOnlyList<StaffWriter>> WritersAsync(CancellationToken cancellationToken)
    {
        var roles = StaffPolicies.RolesByPolicy[StaffPolicies.Write];
        var writers = await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return [.. writers.Select(w => new StaffWriter(w.Id, w.DisplayName.Length > 0 ? $"{w.DisplayName} ({w.Email})" : w.Email ?? w.Id))
            .OrderBy(w => w.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Creates the key, or says in the admin's language what is wrong with the form.</summary>
    public async Task<(CreatedApiKey? Key, string? Error)> CreateAsync(NewApiKey form, string? userId, ApiText text, CancellationToken cancellationToken)
    {
        var name = form.Name.Trim();
        if (name.Length == 0)
        {
            return (null, text.NameRequired);
        }
        if (name.Length > ApiKey.MaxNameLength)
        {
            return (null, text.NameTooLong(ApiKey.MaxNameLength));
        }
        if (form.RequestsPerMinute is < ApiKey.MinRequestsPerMinute or > ApiKey.MaxRequestsPerMinute)
        {
            return (null, text.RateOutOfRange(ApiKey.MinRequestsPerMinute, ApiKey.MaxRequestsPerMinute));
        }
        var lines = form.Origins.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > ApiKey.MaxOrigins)
        {
            return (null, text.TooManyOrigins(ApiKey.MaxOrigins));
        }
        var origins = new List<string>();
        foreach (var line in lines)
        {
            if (CorsOrigin.Normalize(line) is not { } origin)
            {
                return (null, text.NotAnOrigin(line));
            }
            origins.Add(origin);
        }
        var scopes = ApiScopes.Grantable.Where(form.Scopes.Contains).ToList();
        if (scopes.Count == 0)
        {
            return (null, text.ScopeRequired);
        }
        var writes = scopes.Any(ApiScopes.Writing.Contains);
        if (writes && (form.ActsAsUserId is null || !(await WritersAsync(cancellationToken)).Any(w => w.Id == form.ActsAsUserId)))
        {
            return (null, text.ActsAsRequired);
        }
        var secret = ApiKey.NewSecret();
        var key = new ApiKey
        {
            Name = name,
            SecretHash = ApiKey.HashOf(secret),
            Scopes = string.Join(' ', scopes),
            AllowedOrigins = string.Join('\n', origins.Distinct(StringComparer.Ordinal)),
            RequestsPerMinute = form.RequestsPerMinute,
            CreatedByUserId = userId,
            ActsAsUserId = writes ? form.ActsAsUserId : null,
            CreatedAt = clock.GetUtcNow(),
        };
        // The audit entry names the key by its id, which the insert assigns; one transaction keeps the two together.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Add(key);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(AuditActions.ApiKeyCreate, AuditSubject(key));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        registry.Forget();
        return (new CreatedApiKey(key.Id, key.Name, secret), null);
    }

    /// <summary>Revokes the key; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }
        if (!key.IsRevoked)
        {
            key.Revoke(clock.GetUtcNow());
            audit.Add(AuditActions.ApiKeyRevoke, AuditSubject(key));
            await db.SaveChangesAsync(cancellationToken);
            registry.Forget();
        }
        return true;
    }

    /// <summary>The key as the audit log names it: never the secret, only what the key list shows.</summary>
    private static string AuditSubject(ApiKey key) => $"#{key.Id} «{key.Name}»";
}
