using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>The volunteer's own course sign-ups (/mijn/cursussen), with a button to cancel each.</summary>
[Route("mijn/cursussen")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class MyCoursesController(PortalDbContext db, TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        ViewData["Now"] = clock.GetUtcNow();
        return View("~/Features/Courses/Mine.cshtml", await CourseQueries.OfUserAsync(db, user, cancellationToken));
    }
}
