using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController(PortalDbContext db, PublicVacancyIndex vacancies, TimeProvider clock) : PortalController
{
    public const int RecentCount = 6;

    /// <summary>
    /// The newest public vacancies and how many there are: the search's first page without filters,
    /// so it comes from the public-vacancy index and its result cache (docs/adr/0100) rather than
    /// sorting and counting the vacancy table on every visit.
    /// </summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var newest = new VacancySearchCriteria { Sort = SearchSort.Newest, PageSize = RecentCount };
        var result = await vacancies.SearchAsync(db, newest, clock.Today(), cancellationToken);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var cards = (await db.Vacancies.Where(v => ids.Contains(v.Id)).ToCardsAsync(cancellationToken)).ToDictionary(c => c.Id);
        var recent = ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();
        return View(new HomeModel(recent, result.Total));
    }
}

public sealed record HomeModel(IReadOnlyList<VacancyCard> Recent, int OpenCount);
