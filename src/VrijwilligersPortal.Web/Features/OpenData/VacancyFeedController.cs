using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
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
/// The newest vacancies of a search as RSS 2.0 or Atom 1.0 (/vacatures/rss?…, /vacatures/atom?…),
/// so a municipality's news page or a volunteer's reader can follow "natuur in Houten". The
/// parameters are those of /vacatures (plus gemeente and organisatie); the order is always newest first.
/// </summary>
[Route("vacatures")]
[AllowAnonymous]
[EnableCors(ServiceRegistration.OpenDataCors)]
[EnableRateLimiting(ServiceRegistration.OpenDataRateLimit)]
public sealed class VacancyFeedController(
    PortalDbContext db,
    PublicVacancyIndex index,
    PostcodeLookup postcodes,
    PublicUrls urls,
    IOptions<OpenDataOptions> options,
    IOptionsSnapshot<CentreOptions> centre,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    public const int ItemCount = 50;

    [HttpGet("rss")]
    public Task<IActionResult> Rss(VacancySearchRequest request, CancellationToken cancellationToken) =>
        FeedAsync(request, feed => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false), "application/rss+xml; charset=utf-8", cancellationToken);

    [HttpGet("atom")]
    public Task<IActionResult> Atom(VacancySearchRequest request, CancellationToken cancellationToken) =>
        FeedAsync(request, feed => new Atom10FeedFormatter(feed), "application/atom+xml; charset=utf-8", cancellationToken);

    private async Task<IActionResult> FeedAsync(VacancySearchRequest request, Func<SyndicationFeed, SyndicationFeedFormatter> format, string contentType, CancellationToken cancellationToken)
    {
        var (_, result) = await PublicSearch.RunAsync(
            db, index, postcodes, request, ItemCount, clock.Today(), criteria => criteria with { Sort = SearchSort.Newest, Page = 1 }, cancellationToken);
        var vacancies = await OpenVacancyQuery.ListAsync(db, urls, [.. result.Hits.Select(h => h.Id)], cancellationToken);
        var filters = PublicSearch.QueryWithout(Request, "pagina", "sorteer");
        var name = centre.Value.Name;
        var updated = vacancies.Count > 0 ? vacancies.Max(v => v.UpdatedAt) : new DateTimeOffset(clock.Today().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var feed = new SyndicationFeed(
            text["Nieuwe vacatures – {0}", name].Value,
            filters.Length > 1 ? text["De nieuwste vrijwilligersvacatures van {0} bij deze zoekopdracht.", name].Value : text["De nieuwste vrijwilligersvacatures van {0}.", name].Value,
            new Uri(urls.Absolute("/vacatures" + filters)),
            urls.Absolute(Request.Path + filters),
            updated)
        {
            Language = "nl-NL",
            Items = vacancies.ConvertAll(Item),
        };

        var body = new MemoryStream();
        using (var writer = XmlWriter.Create(body, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            format(feed).WriteTo(writer);
        }

        return HttpCaching.Respond(HttpContext, body.ToArray(), contentType, options.Value.CacheSeconds);
    }

    private SyndicationItem Item(OpenVacancy vacancy)
    {
        var where = vacancy.Remote ? text["Vanuit huis"].Value : vacancy.Place;
        var item = new SyndicationItem(
            vacancy.Title,
            $"{vacancy.Organisation.Name}{(where is null ? string.Empty : " · " + where)} — {vacancy.Summary}",
            new Uri(vacancy.Url),
            vacancy.Url,
            vacancy.UpdatedAt)
        {
            PublishDate = vacancy.PublishedAt ?? vacancy.UpdatedAt,
        };
        item.Categories.Add(new SyndicationCategory(vacancy.Category.Name));
        return item;
    }
}
