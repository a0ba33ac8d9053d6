using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Comments.Readers;

/// <summary><see cref="DisplayNames"/>' rules checked against the names in use: staff accounts, bylines and other readers.</summary>
public sealed class DisplayNamePolicy(VestnikDbContext db, IOptions<VestnikOptions> site)
{
    /// <summary>
    /// Why <paramref name="name"/> (already normalised) cannot be <paramref name="userId"/>'s name, if it cannot.
    /// Names are compared by look, which the database cannot index, so they are read and compared here; that is
    /// one short column per account, read only when someone picks a name.
    /// </summary>
    public async Task<DisplayNameProblem> CheckAsync(string name, string? userId, CancellationToken cancellationToken)
    {
        var pure = DisplayNames.Check(name, site.Value.SiteName, [], []);
        if (pure != DisplayNameProblem.None)
        {
            return pure;
        }
        var staffIds = db.UserRoles.Select(r => r.UserId);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.Id != userId)
            .Select(u => new { u.DisplayName, IsStaff = staffIds.Contains(u.Id) })
            .ToListAsync(cancellationToken);
        var bylines = await db.Authors.AsNoTracking().Select(a => a.Name).ToListAsync(cancellationToken);
        return DisplayNames.Check(name, site.Value.SiteName,
            accounts.Where(a => a.IsStaff).Select(a => a.DisplayName).Concat(bylines),
            accounts.Where(a => !a.IsStaff).Select(a => a.DisplayName));
    }
}
