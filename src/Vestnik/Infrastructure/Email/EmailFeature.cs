using Microsoft.Extensions.Options;

namespace Vestnik.Infrastructure.Email;

public static class EmailFeature
{
    /// <summary>Real SMTP when <c>Email:Smtp:Host</c> is set; otherwise .eml files in the data directory's mail folder.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        var smtp = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>()?.Smtp ?? new SmtpOptions();
        if (smtp.IsConfigured)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }
        return services;
    }

    /// <summary>Says once at start where mail goes, so a new user knows where to find a reset link.</summary>
    public static void LogEmailDestination(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmailFeature));
        var smtp = services.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp;
        if (smtp.IsConfigured)
        {
            logger.LogInformation("Email is sent through SMTP server {Host}:{Port}", smtp.Host, smtp.Port);
        }
        else
        {
            logger.LogInformation("No SMTP server configured (Email:Smtp:Host); emails are written to {Folder}", services.GetRequiredService<DataFolders>().Mail);
        }
    }
}
