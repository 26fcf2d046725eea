using System.Diagnostics;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status and duration. The query string is left out on
/// purpose: it can hold search words, postcodes and e-mail tokens, which are personal data.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!context.Request.Path.StartsWithSegments("/health"))
            {
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsed);
}
