using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Readers;

/// <summary>A reader's comment preferences; every account has them, created with defaults on first need.</summary>
public sealed class ReaderSettingsStore(VestnikDbContext db)
{
    public async Task<ReaderSettings> GetOrCreateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = await db.Set<ReaderSettings>().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is not null)
        {
            return settings;
        }
        settings = new ReaderSettings { UserId = userId, UnsubscribeToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)) };
        db.Add(settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return settings;
        }
        catch (DbUpdateException)
        {
            // Created at the same moment by another request: use that one.
            db.Entry(settings).State = EntityState.Detached;
            return await db.Set<ReaderSettings>().FirstAsync(s => s.UserId == userId, cancellationToken);
        }
    }

    public async Task SetNotifyOnReplyAsync(string userId, bool notifyOnReply, CancellationToken cancellationToken)
    {
        var settings = await GetOrCreateAsync(userId, cancellationToken);
        settings.NotifyOnReply = notifyOnReply;
        await db.SaveChangesAsync(cancellationToken);
    }
}
