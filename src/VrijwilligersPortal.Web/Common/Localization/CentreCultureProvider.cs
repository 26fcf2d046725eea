using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// The last say on a request's culture: the centre's own Dutch, nl-NL or nl-BE by
/// <see cref="CentreOptions.Country"/>. Read per request from the options snapshot, so an
/// administrator who changes the country at /beheer/instellingen needs no restart (docs/adr/0175).
/// Providers before it (a language choice) win.
/// </summary>
public sealed class CentreCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var country = httpContext.RequestServices.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Country;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(PortalCultures.Dutch(country).Name));
    }
}
