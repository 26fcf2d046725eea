using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>
/// The open vacancy API (/api/vacatures): the public vacancies as JSON, with the filters of
/// /vacatures plus <c>gemeente</c> and <c>organisatie</c>, for other sites, aggregators and other
/// centres. Open to everyone (CORS for GET), rate limited per client, cacheable (docs/embedding.md).
/// </summary>
[Route("api/vacatures")]
[AllowAnonymous]
[EnableCors(ServiceRegistration.OpenDataCors)]
[EnableRateLimiting(ServiceRegistration.OpenDataRateLimit)]
[ApiExplorerSettings(GroupName = OpenApiDocument.Name)]
[Produces("application/json")]
public sealed class VacancyApiController(
    PortalDbContext db,
    PublicVacancyIndex index,
    PostcodeLookup postcodes,
    PublicUrls urls,
    IOptions<OpenDataOptions> options,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Public vacancies, a page at a time. Filters as on /vacatures: q, categorie, postcode, afstand,
    /// duur, dagdeel, uren, geschikt, thuis, zonderVog, sorteer, pagina; plus gemeente (a municipality's
    /// name), organisatie (an organisation's id) and aantal (1–100 per page, default 20). A filter
    /// that cannot be used is skipped with a Dutch notice in <c>notices</c>, never an error.
    /// </summary>
    [HttpGet("")]
    [ProducesResponseType<OpenVacancyPage>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> List(VacancySearchRequest request, [FromQuery(Name = "aantal")] string? size, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var pageSize = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(size))
        {
            if (int.TryParse(size.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked is >= 1 and <= MaxPageSize)
            {
                pageSize = asked;
            }
            else
            {
                notices.Add(text["Het aantal per pagina is een heel getal van 1 tot en met {0}; je krijgt er {1}.", MaxPageSize, DefaultPageSize].Value);
            }
        }

        var (resolved, result) = await PublicSearch.RunAsync(db, index, postcodes, request, pageSize, clock.Today(), null, cancellationToken);
        notices.AddRange(resolved.Notices.Select(n => text[n.Text, n.Arguments].Value));
        if (result.WhileIndexBuilds)
        {
            notices.Add(text["Het zoeken start nog op: je ziet nu de nieuwste vacatures, zonder zoekwoorden en filters. Probeer het over een minuut opnieuw."].Value);
        }

        var vacancies = await OpenVacancyQuery.ListAsync(db, urls, [.. result.Hits.Select(h => h.Id)], cancellationToken);
        var filters = PublicSearch.QueryWithout(Request, "pagina");
        string PageLink(int page) => urls.Absolute("/api/vacatures" + QueryString.FromUriComponent(filters).Add("pagina", page.ToString(CultureInfo.InvariantCulture)).ToUriComponent());
        var feedQuery = PublicSearch.QueryWithout(Request, "pagina", "sorteer", "aantal");
        var page = new OpenVacancyPage(
            result.Total,
            result.PageNumber,
            result.PageCount,
            pageSize,
            vacancies,
            notices,
            new OpenVacancyLinks(
                PageLink(result.PageNumber),
                result.PageNumber < result.PageCount ? PageLink(result.PageNumber + 1) : null,
                result.PageNumber > 1 ? PageLink(result.PageNumber - 1) : null,
                urls.Absolute("/vacatures" + PublicSearch.QueryWithout(Request, "aantal")),
                urls.Absolute("/vacatures/rss" + feedQuery),
                urls.Absolute("/vacatures/atom" + feedQuery)));
        return HttpCaching.Respond(HttpContext, JsonSerializer.SerializeToUtf8Bytes(page, JsonOptions), "application/json; charset=utf-8", options.Value.CacheSeconds);
    }

    /// <summary>One public vacancy with its full description and skills; 404 when it is not (or no longer) public.</summary>
    [HttpGet("{id:int}")]
    [ProducesResponseType<OpenVacancy>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<OpenDataError>(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Detail(int id, CancellationToken cancellationToken)
    {
        var vacancy = await OpenVacancyQuery.FindPublicAsync(db, urls, id, clock.Today(), cancellationToken);
        if (vacancy is null)
        {
            // A body of its own, so the client gets JSON instead of the Dutch HTML error page.
            return NotFound(new OpenDataError(text["Deze vacature bestaat niet of is niet meer openbaar."].Value));
        }

        return HttpCaching.Respond(HttpContext, JsonSerializer.SerializeToUtf8Bytes(vacancy, JsonOptions), "application/json; charset=utf-8", options.Value.CacheSeconds, vacancy.UpdatedAt);
    }
}

/// <summary>Why the API could not answer, in Dutch.</summary>
public sealed record OpenDataError(string Error);
