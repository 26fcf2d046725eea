using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Language;

/// <summary>The language switch in the header: a plain form, so it works without JavaScript (docs/adr/0185).</summary>
[AllowAnonymous]
public sealed class LanguageController(PortalDbContext db, PortalCookies cookies) : PortalController
{
    /// <summary>Remembers the language on this browser and, for a signed-in person, on the account (its e-mails follow it), then returns to the same page.</summary>
    [HttpPost("/taal")]
    public async Task<IActionResult> Choose([FromForm(Name = "taal")] string? language, [FromForm(Name = "terug")] string? returnUrl, CancellationToken cancellationToken)
    {
        var chosen = PortalLanguages.Normalize(language);
        LanguageChoice.Remember(Response, chosen, cookies.SecurePolicy);
        if (CurrentVolunteer.UserIdOf(User) is { } userId)
        {
            await db.Users.Where(u => u.Id == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, chosen), cancellationToken);
        }

        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? WithoutLanguageParameter(returnUrl) : "/");
    }

    /// <summary>A page reached through an <c>hreflang</c> address (<c>?taal=en</c>) would otherwise keep the old language.</summary>
    private static string WithoutLanguageParameter(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var kept = url[(query + 1)..].Split('&')
            .Where(p => p.Length > 0 && !p.StartsWith(LanguageChoice.QueryParameter + "=", StringComparison.OrdinalIgnoreCase) && p != LanguageChoice.QueryParameter);
        var rest = string.Join('&', kept);
        return rest.Length == 0 ? url[..query] : url[..query] + "?" + rest;
    }
}
