using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Readers' addresses are kept only as salted hashes: enough to ban an address or spot a flood, useless for
/// finding out who posted. The salt comes from <c>Comments:IpHashSalt</c> or is generated once into the data folder.
/// </summary>
public sealed class IpHasher
{
    private readonly byte[] _salt;

    public IpHasher(IOptions<CommentsOptions> options, DataFolders folders)
    {
        var configured = options.Value.IpHashSalt;
        _salt = string.IsNullOrEmpty(configured) ? LoadOrCreateSalt(folders.Root) : Encoding.UTF8.GetBytes(configured);
    }

    public string Hash(IPAddress? address)
    {
        var text = address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        return Convert.ToHexString(HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static byte[] LoadOrCreateSalt(string root)
    {
        var path = Path.Combine(root, "comments-ip-salt");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        Directory.CreateDirectory(root);
        var salt = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(salt)));
            return salt;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node or start wrote it first; theirs wins so hashes agree.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
