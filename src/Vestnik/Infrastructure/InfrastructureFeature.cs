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
