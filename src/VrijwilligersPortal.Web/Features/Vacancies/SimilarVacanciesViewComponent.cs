using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>"Ook interessant" under a vacancy: similar public vacancies nearby (<see cref="VacancyDetailQuery.SimilarAsync"/>).</summary>
public sealed class SimilarVacanciesViewComponent(PortalDbContext db, PublicVacancyIndex index, TimeProvider clock) : ViewComponent
{
    public const int Count = 4;

    public async Task<IViewComponentResult> InvokeAsync(VacancyDetail vacancy)
    {
        var similar = await VacancyDetailQuery.SimilarAsync(db, index, vacancy, clock.Today(), Count, HttpContext.RequestAborted);
        return similar.Count == 0
            ? Content(string.Empty)
            : View("~/Features/Vacancies/_Similar.cshtml", similar);
    }
}
