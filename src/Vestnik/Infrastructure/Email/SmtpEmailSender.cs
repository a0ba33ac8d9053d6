using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Email;

/// <summary>Sends through the SMTP server named in <c>Email:Smtp</c>.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, VestnikMetrics metrics, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await SendOnceAsync(message, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Counted for /metrics; the caller decides whether the failure matters to the user.
            metrics.DeliveryFailed(DeliveryKinds.Email);
            throw;
        }
    }

    private async Task SendOnceAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var security = smtp.Security switch
        {
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            "None" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(MimeMessages.Create(message, settings.From), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email \"{Subject}\" sent to {To} via {Host}", message.Subject, message.To, smtp.Host);
    }
}
