using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>The shifts on a vacancy page, with places left and a sign-up form per shift for a signed-in volunteer.</summary>
public sealed class VacancyShiftsViewComponent(PortalDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(VacancyDetail vacancy)
    {
        var vacancyId = vacancy.Id;
        var volunteer = User.IsInRole(PortalRoles.Volunteer) ? await db.VolunteerIdOfAsync(HttpContext.User, HttpContext.RequestAborted) : null;
        var shifts = await ShiftQueries.UpcomingAsync(db, vacancyId, volunteer, clock.GetUtcNow(), HttpContext.RequestAborted);
        return shifts.Count == 0
            ? Content(string.Empty)
            : View("~/Features/Shifts/_VacancyShifts.cshtml", new VacancyShiftsModel(vacancy, shifts, User.Identity?.IsAuthenticated == true, volunteer is not null));
    }
}

public sealed record VacancyShiftsModel(VacancyDetail Vacancy, IReadOnlyList<PublicShift> Shifts, bool SignedIn, bool IsVolunteer)
{
    public int VacancyId => Vacancy.Id;

    public string VacancyUrl => Vacancy.Url;
}
