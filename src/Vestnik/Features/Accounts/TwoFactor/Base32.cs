namespace Vestnik.Features.Accounts.TwoFactor;

/// <summary>RFC 4648 base32, the alphabet authenticator keys are written in (Identity's own decoder is internal).</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Decodes, ignoring case, spaces and padding; characters outside the alphabet make the key unusable.</summary>
    public static byte[] Decode(string text)
    {
        var bits = 0;
        var value = 0;
        var output = new List<byte>(text.Length * 5 / 8);
        foreach (var c in text)
        {
            if (c is ' ' or '=')
            {
                continue;
            }
            var index = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (index < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }
            value = (value << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return output.ToArray();
    }
}
