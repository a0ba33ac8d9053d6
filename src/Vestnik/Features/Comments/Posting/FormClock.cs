using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Stamps the comment form with the time it was shown, signed so a robot cannot forge an older stamp; on submit
/// it tells how long the form was open.
/// </summary>
public sealed class FormClock(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Vestnik.Comments.FormShownAt");

    public string Stamp() => _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>How long ago the form was shown, or null when the stamp is missing or not ours.</summary>
    public TimeSpan? Elapsed(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1000)
        {
            return null;
        }
        try
        {
            var ticks = long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture);
            return clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }
}
