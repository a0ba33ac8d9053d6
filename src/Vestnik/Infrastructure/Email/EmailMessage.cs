namespace Vestnik.Infrastructure.Email;

/// <summary>A message to one recipient. Every email has a plain-text body; the HTML body is optional.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>The one way Vestnik sends email: password resets, invitations, reply notifications.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
