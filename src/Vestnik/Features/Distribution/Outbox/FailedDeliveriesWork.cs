using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>Webhook and Telegram deliveries that gave up, for the admin who can fix the receiver and resend.</summary>
public sealed class FailedDeliveriesWork(VestnikDbContext db) : IDeskWork
{
    public string Id => "deliveries-failed";
    public string Policy => StaffPolicies.ManageWebhooks;
    public int Order => 70;
    public string? BadgeOn => null;
    public string Link => "/newsroom/webhooks";
    public string Label(ContentLanguage language) => (language == ContentLanguage.En ? DeliveryBacklogText.En : DeliveryBacklogText.Ru).Failed;

    /// <summary>Counted on the (Status, NextAttemptAt) index.</summary>
    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        db.Set<Delivery>().CountAsync(d => d.Status == DeliveryStatus.Failed, cancellationToken);
}
