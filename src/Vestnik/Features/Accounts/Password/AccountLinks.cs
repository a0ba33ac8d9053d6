using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Email;

namespace Vestnik.Features.Accounts.Password;

/// <summary>Emails the links that let someone set a password: a reset they asked for, or an invitation.</summary>
public sealed class AccountLinks(UserManager<AppUser> users, IEmailSender email, PublicUrl publicUrl, IHttpContextAccessor http)
{
    public Task SendResetAsync(AppUser user, AccountText text, CancellationToken cancellationToken) =>
        SendAsync(user, text.ResetSubject, text.ResetBody, cancellationToken);

    public Task SendInvitationAsync(AppUser user, AccountText text, CancellationToken cancellationToken) =>
        SendAsync(user, text.InviteSubject, text.InviteBody, cancellationToken);

    /// <summary>Identity tokens contain '+' and '/', so they travel base64url-encoded.</summary>
    public static string DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    private async Task SendAsync(AppUser user, string subject, string bodyFormat, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var path = $"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={encoded}";
        var link = publicUrl.Absolute(http.HttpContext?.Request, path);
        await email.SendAsync(new EmailMessage(user.Email!, subject, string.Format(CultureInfo.InvariantCulture, bodyFormat, link)), cancellationToken);
    }
}
