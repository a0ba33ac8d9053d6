using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Distribution.Telegram;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Newsroom;

/// <summary>Admins register webhook URLs and watch the Telegram channel's deliveries.</summary>
[Authorize(Policy = StaffPolicies.ManageWebhooks)]
public sealed class WebhooksModel(WebhookAdmin admin, PageMeta meta, IOptions<TelegramOptions> telegram) : PageModel
{
    [BindProperty]
    public string TargetUrl { get; set; } = "";

    [BindProperty]
    public string Description { get; set; } = "";

    public string? Error { get; private set; }
    public IReadOnlyList<WebhookRow> Webhooks { get; private set; } = [];
    public IReadOnlyList<DeliveryRow> TelegramLog { get; private set; } = [];
    public bool TelegramConfigured => telegram.Value.IsConfigured;
    public string? TelegramChannel => telegram.Value.ChannelId;
    public DistributionText Text => DistributionText.For(NewsroomLanguage.Of(HttpContext));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (webhook, error) = await admin.RegisterAsync(TargetUrl ?? "", Description ?? "", Text, cancellationToken);
        if (webhook is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
        return RedirectToPage("/Distribution/Newsroom/WebhookLog", new { id = webhook.Id });
    }

    public async Task<IActionResult> OnPostResendAsync(long deliveryId, CancellationToken cancellationToken) =>
        await admin.ResendAsync(deliveryId, cancellationToken) is null ? NotFound() : RedirectToPage();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        meta.Title = Text.WebhooksTitle;
        meta.NoIndex = true;
        Webhooks = await admin.ListAsync(cancellationToken);
        TelegramLog = await admin.LogAsync(null, DeliveryTarget.Telegram, cancellationToken);
    }
}
