using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vestnik.Data;

namespace Vestnik.Features.Api.Keys;

/// <summary>
/// Finds the key a request presents, by the hash of its secret. Valid keys are remembered for
/// <see cref="Remembered"/>, so a cached API answer costs no database read; a revocation is seen at once on the node
/// that made it and within that time on the others. The last use is written at most once a minute per key.
/// </summary>
public sealed class ApiKeyRegistry(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Remembered = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);
    private const string OriginsKey = "origins";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly ConcurrentDictionary<int, DateTimeOffset> _lastUseWritten = new();

    /// <summary>The key whose secret this is, or null for an unknown or revoked one.</summary>
    public async Task<ApiKeyGrant?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiKey.HashOf(secret);
        if (_cache.TryGetValue(hash, out ApiKeyGrant? remembered))
        {
            return remembered;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var key = await db.Set<ApiKey>().AsNoTracking()
            .FirstOrDefaultAsync(k => k.SecretHash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            // Unknown secrets are not remembered: anyone could fill the memory with them.
            return null;
        }
        var grant = new ApiKeyGrant(key.Id, key.Name, key.ScopeList.ToHashSet(StringComparer.Ordinal),
            key.OriginList.ToHashSet(StringComparer.OrdinalIgnoreCase), key.RequestsPerMinute, key.ActsAsUserId);
        _cache.Set(hash, grant, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remembered });
        return grant;
    }

    /// <summary>
    /// Whether any valid key lets pages of this origin call the API: a browser's preflight carries no key, so it is
    /// answered for the origin, and the request that follows is checked against its own key.
    /// </summary>
    public async Task<bool> AnyKeyAllowsOriginAsync(string origin, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetValue(OriginsKey, out HashSet<string>? origins))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
            var lists = await db.Set<ApiKey>().AsNoTracking().Where(k => k.RevokedAt == null && k.AllowedOrigins != "")
                .Select(k => k.AllowedOrigins).ToListAsync(cancellationToken);
            origins = lists.SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _cache.Set(OriginsKey, origins, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remembered });
        }
        return origins!.Contains(origin);
    }

    /// <summary>Records that the key was used, unless that was already written within the last minute.</summary>
    public async Task TouchAsync(ApiKeyGrant grant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lastUseWritten.TryGetValue(grant.Id, out var written) && now - written < LastUseResolution)
        {
            return;
        }
        _lastUseWritten[grant.Id] = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        await db.Set<ApiKey>().Where(k => k.Id == grant.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }

    /// <summary>Forgets every remembered key, after one was created or revoked on this node.</summary>
    public void Forget() => _cache.Compact(1.0);

    public void Dispose() => _cache.Dispose();
}
