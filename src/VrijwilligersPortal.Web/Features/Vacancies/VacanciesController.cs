using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Vacancies;

[Route("vacatures")]
public sealed class VacanciesController(PortalDbContext db, TimeProvider clock) : PortalController
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "pagina")] int? page, CancellationToken cancellationToken)
    {
        var vacancies = db.Vacancies.AsNoTracking().PublicOn(clock.Today());
        var total = await vacancies.CountAsync(cancellationToken);
        var pageNumber = Page<VacancyCard>.Clamp(page, total, PageSize);
        var cards = await vacancies
            .OrderByDescending(v => v.PublishedAt)
            .ThenByDescending(v => v.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToCardsAsync(cancellationToken);
        return View(new Page<VacancyCard>(cards, pageNumber, PageSize, total));
    }

    [HttpGet("{id:int}/{slug?}")]
    public async Task<IActionResult> Detail(int id, string? slug, CancellationToken cancellationToken)
    {
        var vacancy = await VacancyDetailQuery.FindPublicAsync(db, id, clock.Today(), cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        if (slug != vacancy.Slug)
        {
            // One address per vacancy, so shared and bookmarked links all lead to the same page.
            return RedirectPermanent(vacancy.Url);
        }

        // One UPDATE, no tracking and no concurrency token: counting must never block or fail a visit.
        await db.Vacancies.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ViewCount, v => v.ViewCount + 1), cancellationToken);
        return View(vacancy);
    }
}
