using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;

namespace Vestnik.Features.Inbox.Items;

/// <summary>"Seen", "ignore" and "back to new" on an inbox item.</summary>
public sealed class ItemActions(VestnikDbContext db)
{
    /// <summary>False when the item does not exist.</summary>
    public async Task<bool> SetStateAsync(int itemId, InboxItemState state, CancellationToken ct) =>
        await db.Set<InboxItem>().Where(i => i.Id == itemId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, state), ct) == 1;
}
