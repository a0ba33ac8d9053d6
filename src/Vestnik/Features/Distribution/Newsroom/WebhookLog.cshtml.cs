using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Newsroom;

/// <summary>One webhook: its secret, switch, removal and delivery log with "resend".</summary>
[Authorize(Policy = StaffPolicies.ManageWebhooks)]
public sealed class WebhookLogModel(WebhookAdmin admin, PageMeta meta) : PageModel
{
    public Webhook Webhook { get; private set; } = null!;
    public IReadOnlyList<DeliveryRow> Log { get; private set; } = [];
    public DistributionText Text => DistributionText.For(NewsroomLanguage.Of(HttpContext));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var webhook = await admin.FindAsync(id, cancellationToken);
        if (webhook is null)
        {
            return NotFound();
        }
        Webhook = webhook;
        meta.Title = Text.WebhookTitle + " " + webhook.Url;
        meta.NoIndex = true;
        Log = await admin.LogAsync(id, DeliveryTarget.Webhook, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(int id, long deliveryId, CancellationToken cancellationToken) =>
        await admin.ResendAsync(deliveryId, cancellationToken) is null ? NotFound() : RedirectToPage(new { id });

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken cancellationToken) =>
        await admin.SetActiveAsync(id, active, cancellationToken) ? RedirectToPage(new { id }) : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) =>
        await admin.RemoveAsync(id, cancellationToken) ? RedirectToPage("/Distribution/Newsroom/Webhooks") : NotFound();
}
