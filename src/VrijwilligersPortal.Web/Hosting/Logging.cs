using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace VrijwilligersPortal.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Before configuration is read: a console logger, so a failing start-up is still logged
    /// (Program.cs). Replaced by <see cref="AddPortalLogging"/> once the host is built.
    /// </summary>
    public static void UseBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration().MinimumLevel.Information().WriteTo.Console().CreateBootstrapLogger();

    /// <summary>
    /// Serilog.AspNetCore from the <c>Serilog</c> configuration section: standard output by default,
    /// which journald or Docker keep per instance; a file only where configured, named per instance
    /// (docs/operations.md, "Logs"). Each host gets its own logger (the static one stays the
    /// bootstrap logger), so several hosts in one process — tests — do not share one.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

    /// <summary>
    /// One line per request: method, path without the query string (it can hold search words,
    /// postcodes and e-mail tokens), status and duration, with the request id and the user's id —
    /// never an e-mail address or a name. Health checks are not logged.
    /// </summary>
    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RequestId", context.TraceIdentifier);
                if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                {
                    diagnostics.Set("UserId", userId);
                }
            };
        });
}
