using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>
/// Conditional answers for the open data: an ETag made from the body itself (so it changes
/// exactly when what a client would read changes), Last-Modified where one time says it, and
/// Cache-Control that lets browsers and shared caches keep the answer for
/// <see cref="OpenDataOptions.CacheSeconds"/>. A request that names the current ETag (or, without
/// one, a time not older than Last-Modified) gets 304 without a body.
/// </summary>
public static class HttpCaching
{
    public static IActionResult Respond(HttpContext context, byte[] body, string contentType, int cacheSeconds, DateTimeOffset? lastModified = null)
    {
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 16).ToLowerInvariant() + "\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={cacheSeconds}");

        // The same answer for every site, so a shared cache may hand it to any of them.
        headers.AccessControlAllowOrigin = "*";
        var modified = lastModified is { } at ? new DateTimeOffset(at.UtcDateTime.Ticks - (at.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) : (DateTimeOffset?)null;
        if (modified is { } m)
        {
            headers.LastModified = m.ToString("R", CultureInfo.InvariantCulture);
        }

        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch is { Count: > 0 } tags
            ? tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal))
            : modified is { } since && request.IfModifiedSince is { } asked && since <= asked;
        return notModified ? new StatusCodeResult(StatusCodes.Status304NotModified) : new FileContentResult(body, contentType);
    }
}
