using Serilog;

namespace VrijwilligersPortal.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section (console and a rolling JSON file by
    /// default). Wired through Microsoft.Extensions.Logging because Serilog.AspNetCore is not
    /// available to us (docs/adr/0005).
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
