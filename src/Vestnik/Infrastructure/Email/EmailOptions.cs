namespace Vestnik.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Sender address, e.g. <c>"Вестник &lt;newsroom@vestnik.example&gt;"</c>.</summary>
    public string From { get; set; } = "Vestnik <no-reply@vestnik.local>";

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary><c>Email:Smtp:*</c>. When <see cref="Host"/> is empty, mail is written as .eml files under the data directory instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary><c>StartTls</c> (port 587), <c>SslOnConnect</c> (port 465) or <c>None</c> (a local relay).</summary>
    public string Security { get; set; } = "StartTls";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
