using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// Which language a request is answered in (docs/adr/0185), first that applies:
/// <list type="number">
/// <item>the <c>taal</c> query parameter (<c>?taal=en</c>): the address the <c>hreflang</c> links give search engines;</item>
/// <item>the language cookie, set by the language switch and at sign-in from the account's preference;</item>
/// <item>the browser's <c>Accept-Language</c>, on a first visit: whichever of Dutch and English it ranks higher;</item>
/// <item>Dutch.</item>
/// </list>
/// The open data and the embedded list (<see cref="CookieFreePaths"/>) only take the query parameter.
/// Dutch is always the centre's Dutch (nl-NL, or nl-BE in Belgium), whatever Dutch the browser asks for.
/// </summary>
public sealed class LanguageChoice : RequestCultureProvider
{
    /// <summary>The query parameter that asks for a language.</summary>
    public const string QueryParameter = "taal";

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        // The open data and the embedded list are the same answer for everyone (shared caches keep
        // them, ADR 0120): only their address can ask for English.
        var language = CookieFreePaths.Applies(httpContext.Request.Path)
            ? FromQuery(httpContext) ?? PortalLanguages.Dutch
            : FromQuery(httpContext) ?? FromCookie(httpContext) ?? FromBrowser(httpContext) ?? PortalLanguages.Dutch;
        var culture = PortalCultures.For(language, CountryOf(httpContext));
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Name));
    }

    /// <summary>Remembers a language on this browser for a year (a functional cookie: the visitor asked for it).</summary>
    public static void Remember(HttpResponse response, string language, CookieSecurePolicy securePolicy)
    {
        var code = PortalLanguages.Normalize(language);
        response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = securePolicy == CookieSecurePolicy.Always || (securePolicy == CookieSecurePolicy.SameAsRequest && response.HttpContext.Request.IsHttps),
            });
    }

    /// <summary>
    /// At sign-in, a language chosen on this browser (the cookie: only the switch sets it) is the
    /// latest choice and is kept on the account; without one, the account's language becomes this
    /// browser's, so a choice made on one device follows the person to the next.
    /// </summary>
    public static async Task OnSignedInAsync(CookieSignedInContext context)
    {
        if (CurrentVolunteer.UserIdOf(context.Principal!) is not { } userId)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<PortalDbContext>();
        if (FromCookie(context.HttpContext) is { } chosen)
        {
            // Through the tracked account: the login that follows saves the same entity (its last login).
            if (await db.Users.FindAsync([userId], context.HttpContext.RequestAborted) is { } user && user.PreferredLanguage != chosen)
            {
                user.PreferredLanguage = chosen;
                await db.SaveChangesAsync(context.HttpContext.RequestAborted);
            }

            return;
        }

        var language = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => u.PreferredLanguage)
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (language is not null)
        {
            Remember(context.Response, language, services.GetRequiredService<PortalCookies>().SecurePolicy);
        }
    }

    /// <summary>The language of the current request ("nl" or "en").</summary>
    public static string Current => PortalCultures.LanguageOf(CultureInfo.CurrentUICulture);

    private static string? FromQuery(HttpContext httpContext) =>
        httpContext.Request.Query[QueryParameter].FirstOrDefault() is { } value && Known(value) is { } language ? language : null;

    private static string? FromCookie(HttpContext httpContext)
    {
        if (!httpContext.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        return CookieRequestCultureProvider.ParseCookieValue(value) is { } parsed && parsed.UICultures.FirstOrDefault() is { } culture
            ? Known(culture.Value)
            : null;
    }

    private static string? FromBrowser(HttpContext httpContext)
    {
        var ranked = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        return ranked.Select(l => Known(l.Value.Value)).FirstOrDefault(l => l is not null);
    }

    /// <summary>"nl", "nl-BE", "en-GB"… as one of the portal's languages; null for any other language.</summary>
    private static string? Known(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Split('-', 2)[0];
        return PortalLanguages.All.FirstOrDefault(l => string.Equals(l, primary, StringComparison.OrdinalIgnoreCase));
    }

    private static string CountryOf(HttpContext httpContext) =>
        httpContext.RequestServices.GetService<IOptionsSnapshot<CentreOptions>>()?.Value.Country ?? Countries.Netherlands;
}
