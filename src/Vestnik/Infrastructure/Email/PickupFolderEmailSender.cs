using Microsoft.Extensions.Options;

namespace Vestnik.Infrastructure.Email;

/// <summary>
/// Writes every message as an <c>.eml</c> file in <c>mail/</c> under the data directory, so that a new install can
/// follow a password-reset link without a mail server. Any mail client opens the files.
/// </summary>
public sealed class PickupFolderEmailSender(DataFolders folders, IOptions<EmailOptions> options, TimeProvider clock, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folders.Mail);
        var mime = MimeMessages.Create(message, options.Value.From);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..8]}.eml";
        var path = Path.Combine(folders.Mail, name);
        // Write to a temporary name first so a reader of the folder never sees half a message.
        var temporary = path + ".tmp";
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path);
        logger.LogInformation("Email \"{Subject}\" to {To} written to {Path}", message.Subject, message.To, path);
    }
}
