namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Responses that must never set a cookie: the embeddable list lives inside other sites' pages
/// (no cookies needed, none set, docs/embedding.md), and the open data is stored by shared caches,
/// which must not keep one visitor's cookie for the next. Runs before authentication, so its
/// clean-up comes after every other "on starting" step (the login cookie's sliding renewal too).
/// </summary>
public sealed class CookieFreePaths(RequestDelegate next)
{
    private static readonly string[] Prefixes = ["/inbedden", "/api", "/vacatures/rss", "/vacatures/atom", "/sitemap.xml", "/sitemap", "/robots.txt"];

    public static bool Applies(PathString path) =>
        Prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public Task InvokeAsync(HttpContext context)
    {
        if (Applies(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.SetCookie);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
