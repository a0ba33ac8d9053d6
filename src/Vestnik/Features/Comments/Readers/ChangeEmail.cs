using System.Globalization;
using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

public enum EmailChangeRequest
{
    /// <summary>A link went to the address (or, when another account has it, a note to its owner): the same answer.</summary>
    Sent,
    Invalid,
    Same,
}

/// <summary>
/// A reader moves their account to a new address, which takes effect only from a link sent to that address. The
/// answer never says whether another account has the address: its owner gets a note instead of the link.
/// </summary>
public sealed class ChangeEmail(UserManager<AppUser> users, IEmailSender email, PublicUrl publicUrl, ILogger<ChangeEmail> logger)
{
    public const int MaxLength = RegisterModel.MaxFieldLength;

    public async Task<EmailChangeRequest> RequestAsync(AppUser user, string? requested, ContentLanguage language, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var address = (requested ?? "").Trim();
        if (address.Length is 0 or > MaxLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return EmailChangeRequest.Invalid;
        }
        if (string.Equals(address, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return EmailChangeRequest.Same;
        }
        var text = ReadersText.For(language);
        if (await users.FindByEmailAsync(address) is not null)
        {
            var signIn = publicUrl.Absolute(request, $"{language.PathPrefix()}/account/login");
            await email.SendAsync(new EmailMessage(address, text.EmailTakenSubject,
                string.Format(CultureInfo.InvariantCulture, text.EmailTakenBody, signIn)), cancellationToken);
            logger.LogInformation("Reader {UserId} asked for an address another account has; its owner was told", user.Id);
            return EmailChangeRequest.Sent;
        }
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateChangeEmailTokenAsync(user, address)));
        var link = publicUrl.Absolute(request, $"{language.PathPrefix()}{CommentUrls.AccountEmailConfirm}"
            + $"?userId={Uri.EscapeDataString(user.Id)}&email={Uri.EscapeDataString(address)}&code={token}");
        await email.SendAsync(new EmailMessage(address, text.EmailChangeSubject,
            string.Format(CultureInfo.InvariantCulture, text.EmailChangeBody, user.DisplayName, link)), cancellationToken);
        logger.LogInformation("Reader {UserId} asked to change their address; a link went to the new one", user.Id);
        return EmailChangeRequest.Sent;
    }

    /// <summary>Applies the change from the link; null when the link is not valid (or the address was taken meanwhile).</summary>
    public async Task<AppUser?> ConfirmAsync(string? userId, string? address, string? code)
    {
        var user = userId is null || userId.Length > 100 ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(address) || address.Length > MaxLength || string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
        // A reader signs in with their address, so the user name follows it when it was the address.
        var followsAddress = string.Equals(user.UserName, user.Email, StringComparison.OrdinalIgnoreCase);
        var changed = await users.ChangeEmailAsync(user, address, token);
        if (!changed.Succeeded)
        {
            return null;
        }
        if (followsAddress && !(await users.SetUserNameAsync(user, address)).Succeeded)
        {
            logger.LogWarning("Reader {UserId} changed their address but their sign-in name could not follow", user.Id);
        }
        logger.LogInformation("Reader {UserId} changed their address", user.Id);
        return user;
    }
}
