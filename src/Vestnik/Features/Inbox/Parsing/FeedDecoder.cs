using System.Text;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>
/// Decodes a feed body to text: byte-order mark first, then the XML declaration's encoding, then the HTTP charset,
/// then a sniff (valid UTF-8, else windows-1252, which is what undeclared Latin feeds really are).
/// </summary>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] body, string? httpCharset = null)
    {
        var (bomEncoding, bomLength) = FromByteOrderMark(body);
        if (bomEncoding is not null)
        {
            return bomEncoding.GetString(body, bomLength, body.Length - bomLength);
        }
        if (body.Length >= 4 && body[0] == 0 && body[1] == (byte)'<')
        {
            return Encoding.BigEndianUnicode.GetString(body);
        }
        if (body.Length >= 4 && body[0] == (byte)'<' && body[1] == 0 && body[2] != 0)
        {
            return Encoding.Unicode.GetString(body);
        }

        var declared = DeclaredEncoding(body) ?? Named(httpCharset);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !IsWideUnicode(declared))
        {
            return declared.GetString(body);
        }
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return SniffSingleByte(body).GetString(body);
        }
    }

    /// <summary>
    /// Guesses the single-byte encoding of an undeclared, non-UTF-8 body. Russian text is almost all high bytes and
    /// mostly lower-case: lower-case letters sit at 0xE0–0xFF in windows-1251 and at 0xC0–0xDF in KOI8-R. Text with
    /// only the odd high byte (accents, curly quotes) is Western: windows-1252.
    /// </summary>
    public static Encoding SniffSingleByte(byte[] body)
    {
        int high = 0, letters = 0, upperHalf = 0, lowerHalf = 0;
        foreach (var b in body)
        {
            if (char.IsAsciiLetter((char)b))
            {
                letters++;
            }
            else if (b >= 0xC0)
            {
                high++;
                if (b >= 0xE0)
                {
                    upperHalf++;
                }
                else
                {
                    lowerHalf++;
                }
            }
        }
        if (high < letters / 2)
        {
            return Encoding.GetEncoding(1252);
        }
        return Encoding.GetEncoding(lowerHalf > upperHalf ? "koi8-r" : "windows-1251");
    }

    private static bool IsWideUnicode(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static (Encoding? Encoding, int Length) FromByteOrderMark(byte[] b) => b switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static Encoding? DeclaredEncoding(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 512));
        var match = XmlDeclarationEncoding().Match(head);
        return match.Success ? Named(match.Groups[1].Value) : null;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // As browsers do: feeds labelled Latin-1 use windows-1252's curly quotes and dashes in 0x80–0x9F.
            return encoding.CodePage == 28591 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex XmlDeclarationEncoding();
}
