using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Home;

public sealed class HomeController(PortalDbContext db, TimeProvider clock) : PortalController
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var vacancies = db.Vacancies.AsNoTracking().PublicOn(clock.Today());
        var recent = await vacancies
            .OrderByDescending(v => v.PublishedAt)
            .ThenByDescending(v => v.Id)
            .Take(6)
            .ToCardsAsync(cancellationToken);
        return View(new HomeModel(recent, await vacancies.CountAsync(cancellationToken)));
    }
}

public sealed record HomeModel(IReadOnlyList<VacancyCard> Recent, int OpenCount);
