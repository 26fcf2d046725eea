using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Features.Organisation.Registration;

namespace VrijwilligersPortal.Web.Features.Organisation;

/// <summary>One organisation the signed-in person is a member of.</summary>
public sealed record Membership(int Id, string Name, OrganisationStatus Status, string? StatusReason)
{
    public bool IsApproved => Status == OrganisationStatus.Approved;

    /// <summary>Applicants' names and contact details, and inviting colleagues: shut while suspended or rejected.</summary>
    public bool MaySeePersonalData => Status is OrganisationStatus.Approved or OrganisationStatus.Pending;
}

/// <summary>The organisation the person works for right now, and the others they may switch to.</summary>
public sealed record CurrentOrganisation(Membership Organisation, IReadOnlyList<Membership> All)
{
    public int Id => Organisation.Id;
}

/// <summary>
/// Base of every page of the organisation portal. On every request it reads the person's
/// memberships from the database and picks the current organisation: the one in the
/// <c>vp-organisatie</c> cookie if the person is (still) a member of it, otherwise the first. A
/// tampered cookie therefore never reaches another organisation's data; every query below filters
/// on <see cref="Current"/>.
/// </summary>
[Area("Organisation")]
[Authorize]
public abstract class OrganisationPortalController : PortalController
{
    private const string CookieName = "vp-organisatie";

    protected CurrentOrganisation Current { get; private set; } = null!;

    protected Guid UserId => CurrentUserId(User);

    public static Guid CurrentUserId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
        var memberships = await db.Organisations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == UserId))
            .OrderBy(o => o.Name)
            .Select(o => new Membership(o.Id, o.Name, o.Status, o.StatusReason))
            .ToListAsync(HttpContext.RequestAborted);
        if (memberships.Count == 0)
        {
            // Signed in, but not (or no longer) a member of any organisation.
            context.Result = RedirectToAction(nameof(RegistrationController.Register), ControllerNames.Of<RegistrationController>());
            return;
        }

        var chosen = int.TryParse(Request.Cookies[CookieNameFor(HttpContext)], out var id) ? memberships.Find(m => m.Id == id) : null;
        Current = new CurrentOrganisation(chosen ?? memberships[0], memberships);
        ViewData[nameof(CurrentOrganisation)] = Current;
        await next();
    }

    /// <summary>Remembers the person's choice of organisation; only ever called with a verified membership.</summary>
    public static void Remember(HttpContext context, int organisationId)
    {
        var cookies = new PortalCookies(context.RequestServices.GetRequiredService<IWebHostEnvironment>());
        context.Response.Cookies.Append(cookies.Name(CookieName), organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            Secure = cookies.SecurePolicy == CookieSecurePolicy.Always || context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }

    /// <summary>A one-time problem message shown at the top of the next portal page.</summary>
    protected void FlashError(string message) => TempData["Fout"] = Text[message].Value;

    private static string CookieNameFor(HttpContext context) =>
        new PortalCookies(context.RequestServices.GetRequiredService<IWebHostEnvironment>()).Name(CookieName);
}
