using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Infrastructure;

public static class InfrastructureFeature
{
    /// <summary>Options, clock, logging and the text services every feature shares.</summary>
    public static WebApplicationBuilder AddVestnikInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<VestnikOptions>(builder.Configuration.GetSection(VestnikOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NewsroomTime>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<DataFolders>();
        // Razor escapes every non-ASCII character by default; Cyrillic pages would triple in size as &#x...; entities.
        // Markup-significant characters are still escaped.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddEmail(builder.Configuration);

        builder.Logging.ClearProviders();
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        return builder;
    }
}
