using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.OpenData;
using VrijwilligersPortal.Web.Features.Vacancies;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Embedding;

/// <summary>
/// The vacancy list for other websites (/inbedden/vacatures?…), shown in an iframe on a
/// municipality's, library's or club's site (docs/embedding.md). The only page other origins may
/// frame, and only the origins an administrator listed; it needs and sets no cookies, works
/// without JavaScript, and opens every vacancy in the top window on the portal itself.
/// </summary>
[Route("inbedden")]
[AllowAnonymous]
public sealed class EmbeddedListController(
    PortalDbContext db,
    PublicVacancyIndex index,
    PostcodeLookup postcodes,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : Controller
{
    public const int PageSize = 10;

    [HttpGet("vacatures")]
    public async Task<IActionResult> Vacancies(VacancySearchRequest request, CancellationToken cancellationToken)
    {
        var origins = centre.Value.EmbedOrigins;
        SecurityHeadersMiddleware.AllowFramingBy(HttpContext, origins);

        var (resolved, result) = await PublicSearch.RunAsync(db, index, postcodes, request, PageSize, clock.Today(), null, cancellationToken);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var vacancies = await OpenVacancyQuery.ListAsync(db, urls, ids, cancellationToken);
        return View(new EmbeddedList(
            request,
            resolved.Notices,
            vacancies,
            result,
            PagerModel.ForQuery(Request, result.PageNumber, result.PageCount),
            urls.Absolute("/vacatures" + PublicSearch.QueryWithout(Request, "pagina")),
            Request.Query.Where(q => q.Key is not ("q" or "pagina")).SelectMany(q => q.Value.Select(v => (q.Key, v ?? string.Empty))).ToList(),
            string.Join(' ', origins.Select(Domain.Centre.EmbedOrigin.Normalize).OfType<string>())));
    }
}

/// <summary>What the embedded list shows: the cards of this page, the pager, and the link to the whole search on the portal.</summary>
public sealed record EmbeddedList(
    VacancySearchRequest Request,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<OpenVacancy> Vacancies,
    VacancySearchResult Result,
    PagerModel Pager,
    string PortalSearchUrl,
    IReadOnlyList<(string Name, string Value)> KeptParameters,
    string AllowedOrigins);
