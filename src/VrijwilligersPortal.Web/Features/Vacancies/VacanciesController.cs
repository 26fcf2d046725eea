using VrijwilligersPortal.Web.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Vacancies;

[Route("vacatures")]
[AllowAnonymous]
public sealed class VacanciesController(PortalDbContext db, PublicVacancyIndex vacancies, TimeProvider clock) : PortalController
{
    public const int PageSize = 20;

    /// <summary>
    /// Search (docs/adr/0020, 0100): every choice is in the URL, so a search can be shared and works
    /// without JavaScript. The request resolves the choices to criteria, the index answers, and the
    /// page's cards are read; docs/architecture.md, "A search request, step by step".
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(VacancySearchRequest request, [FromServices] PostcodeLookup postcodes, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var tags = await db.SuitableForTags.AsNoTracking().Where(t => !t.IsRetired).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var resolved = await request.ResolveAsync(categories, tags, postcodes, PageSize, AmsterdamClock.Today(clock.GetUtcNow()), cancellationToken);
        var criteria = resolved.Criteria;
        var result = await vacancies.SearchAsync(db, criteria, clock.Today(), cancellationToken);

        var notices = resolved.Notices.ToList();
        if (result.WhileIndexBuilds)
        {
            notices.Add(new Notice("Het zoeken start nog op: je ziet nu de nieuwste vacatures, zonder zoekwoorden en filters. Probeer het over een minuut opnieuw."));
        }

        if (result.PageWasPastEnd && result.Total > 0)
        {
            notices.Add(new Notice("Pagina {0} bestaat niet; je ziet de laatste pagina.", criteria.Page));
        }

        var ids = result.Hits.Select(h => h.Id).ToList();
        var cards = (await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id)).ToCardsAsync(cancellationToken)).ToDictionary(c => c.Id);
        var nextShifts = await VacancyCardQuery.NextShiftDatesAsync(db, ids, AmsterdamClock.Today(clock.GetUtcNow()), cancellationToken);
        var ordered = result.Hits
            .Where(h => cards.ContainsKey(h.Id))
            .Select(h => cards[h.Id] with { DistanceKm = h.DistanceKm, NextShiftDate = nextShifts.TryGetValue(h.Id, out var next) ? next : null })
            .ToList();

        var facets = result.Facets;
        var page = new VacancySearchPage(
            request,
            criteria,
            resolved.Origin,
            notices,
            ordered,
            result,
            categories.Select(c => new FacetOption(c.Slug, Text.ListName(c.Name), facets.Categories.GetValueOrDefault(c.Id), criteria.CategoryIds.Contains(c.Id))).ToList(),
            VacancySearchRequest.CommitmentChoices.Select(c => new FacetOption(c.Value, DutchNames.Of(c.Commitment), facets.Commitments.GetValueOrDefault(c.Commitment), criteria.Commitments.Contains(c.Commitment), IsFixedText: true)).ToList(),
            VacancySearchRequest.DayChoices.Select((d, i) => new FacetOption(d.Value, d.Label, facets.Days[i], criteria.Days.Contains(i), IsFixedText: true)).ToList(),
            VacancySearchRequest.PartChoices.Select(p => new FacetOption(p.Value, p.Value, facets.DayParts[(int)p.Part], criteria.DayParts.Contains(p.Part), IsFixedText: true)).ToList(),
            tags.Select(t => new FacetOption(t.Slug, Text.ListName(t.Name), facets.SuitableFor.GetValueOrDefault(t.Id), criteria.SuitableForIds.Contains(t.Id))).ToList(),
            result.BestFilterToDrop is { } drop
                ? new DropSuggestion(SearchLinks.Label(drop.Filter), drop.Total, SearchLinks.Without(Request, drop.Filter))
                : null);
        return View(page);
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
