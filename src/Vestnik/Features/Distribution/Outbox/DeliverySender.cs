using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Distribution.Telegram;
using Vestnik.Features.Distribution.Webhooks;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>The outcome of one attempt: success, or the status code (if any) and why it failed.</summary>
public sealed record AttemptResult(bool Ok, int? StatusCode, string? Error);

/// <summary>Makes one attempt at one delivery: a signed POST to a webhook, or a Bot API <c>sendMessage</c> call.</summary>
public sealed class DeliverySender(
    IHttpClientFactory clients,
    VestnikDbContext db,
    TimeProvider clock,
    IOptions<TelegramOptions> telegram)
{
    public const string WebhookClient = "webhooks";
    public const string TelegramClient = "telegram";

    public async Task<AttemptResult> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return delivery.Target == DeliveryTarget.Telegram
                ? await SendTelegramAsync(delivery, cancellationToken)
                : await SendWebhookAsync(delivery, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new AttemptResult(false, null, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(false, null, "timed out");
        }
    }

    private async Task<AttemptResult> SendWebhookAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == delivery.WebhookId, cancellationToken);
        if (webhook is null)
        {
            return new AttemptResult(false, null, "the webhook was removed");
        }
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(webhook.Secret, timestamp, delivery.Payload));
        using var response = await clients.CreateClient(WebhookClient).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var code = (int)response.StatusCode;
        return response.IsSuccessStatusCode
            ? new AttemptResult(true, code, null)
            : new AttemptResult(false, code, $"the receiver answered {code} {response.ReasonPhrase}");
    }

    private async Task<AttemptResult> SendTelegramAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var options = telegram.Value;
        if (!options.IsConfigured)
        {
            return new AttemptResult(false, null, "Telegram is not configured (Telegram:BotToken, Telegram:ChannelId)");
        }
        var url = $"{options.ApiBaseUrl.TrimEnd('/')}/bot{options.BotToken}/sendMessage";
        using var content = new StringContent(delivery.Payload, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await clients.CreateClient(TelegramClient).PostAsync(url, content, cancellationToken);
        var code = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new AttemptResult(true, code, null);
        }
        // The Bot API explains itself in "description"; the token is never part of the message we keep.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new AttemptResult(false, code, $"Bot API answered {code}: {body[..Math.Min(body.Length, 300)]}");
    }
}
