using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Vestnik.Features.Api.Content;

/// <summary>A position in a list: the last item's sort time (ticks, zero where the list sorts by id alone) and id.</summary>
public readonly record struct ListPosition(long Ticks, int Id);

/// <summary>
/// Opaque, tamper-checked list cursors: the position is sealed with the app's data-protection keys (kept in the
/// database, so every node reads every node's cursors). A client can hand one back but not forge or edit one; any
/// such attempt reads as null and is answered 400.
/// </summary>
public sealed class ApiCursor(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Vestnik.Api.Cursor.v1");

    public string Seal(string list, ListPosition position) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{list}|{position.Ticks}|{position.Id}"))));

    /// <summary>The position, or null when the cursor was not made by this site for this list.</summary>
    public ListPosition? Open(string list, string cursor)
    {
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(cursor))).Split('|');
            return text.Length == 3 && text[0] == list
                && long.TryParse(text[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
                && int.TryParse(text[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                ? new ListPosition(ticks, id)
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
