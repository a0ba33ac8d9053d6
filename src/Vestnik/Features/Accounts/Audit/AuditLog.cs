using System.Security.Claims;
using Vestnik.Data;

namespace Vestnik.Features.Accounts.Audit;

/// <summary>
/// Appends audit entries for the current request's user and IP. The entry is added to the request's
/// <see cref="VestnikDbContext"/>, so it commits together with the change it describes.
/// </summary>
public sealed class AuditLog(VestnikDbContext db, IHttpContextAccessor http, TimeProvider clock, IServiceScopeFactory scopes)
{
    public void Add(string action, string subject)
    {
        var context = http.HttpContext;
        var user = context?.User;
        Add(action, subject, user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name ?? "");
    }

    /// <summary>Records an act by an account that is not (yet) the request's principal, such as a sign-in.</summary>
    public void Add(string action, string subject, string? userId, string userName) =>
        db.Set<AuditEntry>().Add(Entry(action, subject, userId, userName));

    /// <summary>
    /// Adds and saves at once, for acts that change nothing else in the database. The entry is saved through its own
    /// context: a failed sign-in may leave Identity's user row modified (a lost lockout-counter race) in the request's
    /// context, and that row must not be written again, or fail the audit, here.
    /// </summary>
    public async Task RecordAsync(string action, string subject, string? userId, string userName, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        own.Set<AuditEntry>().Add(Entry(action, subject, userId, userName));
        await own.SaveChangesAsync(cancellationToken);
    }

    private AuditEntry Entry(string action, string subject, string? userId, string userName) =>
        new()
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            Action = action,
            Subject = subject.Length > 1000 ? subject[..1000] : subject,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        };
}
