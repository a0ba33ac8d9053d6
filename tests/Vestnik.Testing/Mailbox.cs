using Xunit;

namespace Vestnik.Testing;

/// <summary>The mail the app wrote to its data folder (no SMTP server in tests), read as a recipient would.</summary>
public static class Mailbox
{
    /// <summary>The text bodies of every message to <paramref name="to"/>, oldest first.</summary>
    public static async Task<List<string>> BodiesToAsync(VestnikApp app, string to)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        var bodies = new List<string>();
        if (!Directory.Exists(folder))
        {
            return bodies;
        }
        foreach (var file in Directory.GetFiles(folder, "*.eml").OrderBy(File.GetLastWriteTimeUtc))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                bodies.Add(message.TextBody ?? "");
            }
        }
        return bodies;
    }

    public static async Task<string> SingleBodyToAsync(VestnikApp app, string to) => Assert.Single(await BodiesToAsync(app, to));
}
