using VrijwilligersPortal.Domain.Centre;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Headers that tell browsers to run only our own scripts and styles, not to sniff types, not to
/// leak full URLs to other sites, and not to let other sites frame our pages. The one exception is
/// a page that calls <see cref="AllowFramingBy"/> (the embeddable vacancy list): it may be framed
/// by the origins an administrator listed, and by nobody else.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string FrameAncestorsItem = "portal-frame-ancestors";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    /// <summary>
    /// Lets the listed origins (and this site) frame the current response. Each origin is checked
    /// again here, so nothing but a plain scheme://host[:port] can reach the header.
    /// </summary>
    public static void AllowFramingBy(HttpContext context, IEnumerable<string> origins) =>
        context.Items[FrameAncestorsItem] = string.Join(' ', origins.Select(EmbedOrigin.Normalize).OfType<string>().Distinct(StringComparer.Ordinal));

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var ancestors = context.Items[FrameAncestorsItem] as string;
            headers.ContentSecurityPolicy = Policy + (string.IsNullOrEmpty(ancestors) ? "'self'" : "'self' " + ancestors);
            if (string.IsNullOrEmpty(ancestors))
            {
                // Old browsers know only this header; a page other origins may frame leaves it out,
                // since it cannot name them and modern browsers follow frame-ancestors instead.
                headers.XFrameOptions = "SAMEORIGIN";
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
