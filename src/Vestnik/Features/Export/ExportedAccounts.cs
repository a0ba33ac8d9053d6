using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Export;

/// <summary>
/// Staff and reader accounts as Identity stores them, password hashes, security stamps and two-factor secrets
/// included, so a restored site signs everyone in as before. Staff are the accounts holding a role.
/// </summary>
internal static class ExportedAccounts
{
    private const int BatchSize = 500;

    public static async Task<int> WriteAsync(Utf8JsonWriter json, VestnikDbContext db, CancellationToken cancellationToken)
    {
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        json.WriteStartArray("staffAccounts");
        var staff = await WriteBatchesAsync(json, db, roleNames, staffOnly: true, cancellationToken);
        json.WriteEndArray();
        json.WriteStartArray("readerAccounts");
        var readers = await WriteBatchesAsync(json, db, roleNames, staffOnly: false, cancellationToken);
        json.WriteEndArray();
        return staff + readers;
    }

    private static async Task<int> WriteBatchesAsync(Utf8JsonWriter json, VestnikDbContext db, Dictionary<string, string> roleNames,
        bool staffOnly, CancellationToken cancellationToken)
    {
        var written = 0;
        var after = "";
        while (true)
        {
            var users = await db.Users.AsNoTracking()
                .Where(u => u.Id.CompareTo(after) > 0 && db.UserRoles.Any(r => r.UserId == u.Id) == staffOnly)
                .OrderBy(u => u.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (users.Count == 0)
            {
                return written;
            }
            var ids = users.Select(u => u.Id).ToList();
            var roles = (await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(cancellationToken))
                .ToLookup(r => r.UserId, r => roleNames[r.RoleId]);
            var claims = (await db.UserClaims.AsNoTracking().Where(c => ids.Contains(c.UserId)).OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .ToLookup(c => c.UserId);
            var logins = (await db.UserLogins.AsNoTracking().Where(l => ids.Contains(l.UserId)).ToListAsync(cancellationToken))
                .ToLookup(l => l.UserId);
            var tokens = (await db.UserTokens.AsNoTracking().Where(t => ids.Contains(t.UserId)).ToListAsync(cancellationToken))
                .ToLookup(t => t.UserId);
            var settings = await db.Set<ReaderSettings>().AsNoTracking().Where(s => ids.Contains(s.UserId))
                .ToDictionaryAsync(s => s.UserId, cancellationToken);

            foreach (var user in users)
            {
                StartAccount(json, user, roles[user.Id].Order(StringComparer.Ordinal));
                json.WriteObjects("claims", claims[user.Id], (json, claim) =>
                {
                    json.WriteNullableString("type", claim.ClaimType);
                    json.WriteNullableString("value", claim.ClaimValue);
                });
                json.WriteObjects("logins", logins[user.Id], (json, login) =>
                {
                    json.WriteString("loginProvider", login.LoginProvider);
                    json.WriteString("providerKey", login.ProviderKey);
                    json.WriteNullableString("providerDisplayName", login.ProviderDisplayName);
                });
                json.WriteObjects("tokens", tokens[user.Id], (json, token) =>
                {
                    json.WriteString("loginProvider", token.LoginProvider);
                    json.WriteString("name", token.Name);
                    json.WriteNullableString("value", token.Value);
                });
                if (settings.TryGetValue(user.Id, out var reader))
                {
                    json.WriteStartObject("readerSettings");
                    json.WriteBoolean("notifyOnReply", reader.NotifyOnReply);
                    json.WriteString("unsubscribeToken", reader.UnsubscribeToken);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("readerSettings");
                }
                json.WriteEndObject();
                written++;
            }
            await json.FlushWhenFullAsync(cancellationToken);
            after = users[^1].Id;
        }
    }

    /// <summary>Opens the account's object with Identity's fields and the roles; the caller adds the rest and closes it.</summary>
    private static void StartAccount(Utf8JsonWriter json, AppUser user, IEnumerable<string> roles)
    {
        json.WriteStartObject();
        json.WriteString("id", user.Id);
        json.WriteNullableString("userName", user.UserName);
        json.WriteNullableString("normalizedUserName", user.NormalizedUserName);
        json.WriteNullableString("email", user.Email);
        json.WriteNullableString("normalizedEmail", user.NormalizedEmail);
        json.WriteBoolean("emailConfirmed", user.EmailConfirmed);
        json.WriteString("displayName", user.DisplayName);
        json.WriteNullableString("passwordHash", user.PasswordHash);
        json.WriteNullableString("securityStamp", user.SecurityStamp);
        json.WriteNullableString("concurrencyStamp", user.ConcurrencyStamp);
        json.WriteNullableString("phoneNumber", user.PhoneNumber);
        json.WriteBoolean("phoneNumberConfirmed", user.PhoneNumberConfirmed);
        json.WriteBoolean("twoFactorEnabled", user.TwoFactorEnabled);
        json.WriteBoolean("lockoutEnabled", user.LockoutEnabled);
        json.WriteNullableDate("lockoutEnd", user.LockoutEnd);
        json.WriteNumber("accessFailedCount", user.AccessFailedCount);
        json.WriteStartArray("roles");
        foreach (var role in roles)
        {
            json.WriteStringValue(role);
        }
        json.WriteEndArray();
    }
}
