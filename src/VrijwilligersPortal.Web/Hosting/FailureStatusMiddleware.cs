using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Failures that are not a fault in the portal get the status that says what happened, with the
/// normal Dutch error page (the status-code page renders it) instead of a 500:
/// a form that is too big is the sender's problem — a body over the size limit answers 413, a form
/// over the value count or value length limits 400 (<see cref="InvalidDataException"/>,
/// <see cref="Microsoft.AspNetCore.Http.BadHttpRequestException"/>); a database that is away
/// answers 503 with Retry-After, and the next request after it is back simply works.
/// </summary>
public sealed partial class FailureStatusMiddleware(RequestDelegate next, IOptions<KestrelServerOptions> kestrel, ILogger<FailureStatusMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Refuse before reading when the sender says how big it is. Kestrel enforces the same limit
        // while reading bodies without a length; the catch below turns that into 413 as well.
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? kestrel.Value.Limits.MaxRequestBodySize;
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception failure) when (!context.Response.HasStarted && StatusFor(failure) is { } status)
        {
            context.Response.Clear();
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = "30";
                LogDatabaseAway(logger, failure.GetBaseException().GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable; answered 503 ({Problem})")]
    private static partial void LogDatabaseAway(ILogger logger, string problem);

    private static int? StatusFor(Exception failure)
    {
        if (DatabaseFailures.IsUnavailable(failure))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.AspNetCore.Http.BadHttpRequestException bad:
                    return bad.StatusCode;
                case InvalidDataException:
                    // The form reader's limits: too many values, a key or value too long.
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }
}
