using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.ForYou;

/// <summary>
/// "Waarom dit bij je past" on a vacancy page, for a signed-in volunteer: the reasons, or the
/// hard filters that rule the vacancy out. A view component so the vacancy page stays one query
/// for everyone else and the vacancy controller does not need to know about matching.
/// </summary>
public sealed class WhyThisFitsViewComponent(PortalDbContext db, MatchingQueries matching) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int vacancyId)
    {
        if (!UserClaimsPrincipal.IsInRole(PortalRoles.Volunteer)
            || await db.VolunteerIdOfAsync(UserClaimsPrincipal, HttpContext.RequestAborted) is not { } me
            || await matching.ExplainAsync(me, vacancyId, HttpContext.RequestAborted) is not { } match)
        {
            return Content(string.Empty);
        }

        var gaps = ProfileGaps.For(match.Volunteer, (await matching.MatcherAsync(HttpContext.RequestAborted)).Weights);
        return View("~/Features/ForYou/_WhyThisFits.cshtml", new WhyThisFits(match, gaps.Count > 0));
    }
}

public sealed record WhyThisFits(Match Match, bool ProfileIncomplete);
