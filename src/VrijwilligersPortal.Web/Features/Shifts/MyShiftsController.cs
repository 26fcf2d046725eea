using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>The volunteer's own shift sign-ups (/mijn/diensten), with a button to cancel each that has not begun.</summary>
[Route("mijn/diensten")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class MyShiftsController(PortalDbContext db, TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        ViewData["Now"] = clock.GetUtcNow();
        return View("~/Features/Shifts/Mine.cshtml", await ShiftQueries.OfVolunteerAsync(db, me, cancellationToken));
    }
}
