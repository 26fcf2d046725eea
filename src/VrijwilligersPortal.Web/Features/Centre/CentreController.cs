using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Centre;

[AllowAnonymous]
public sealed class CentreController(IOptionsSnapshot<CentreOptions> options) : Controller
{
    /// <summary>
    /// The centre's colours as CSS variables. A stylesheet rather than an inline style block, so
    /// the content security policy can forbid inline styles.
    /// </summary>
    [HttpGet("/huisstijl.css")]
    [ResponseCache(Duration = 300)]
    public ContentResult Theme()
    {
        var centre = options.Value;
        var primary = CentreOptions.SafeColor(centre.PrimaryColor, "#0b5c8a");
        var accent = CentreOptions.SafeColor(centre.AccentColor, "#e8590c");
        return Content($":root {{ --portal-primary: {primary}; --portal-accent: {accent}; }}\n", "text/css");
    }
}
