using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>
/// For search engines: /robots.txt names /sitemap.xml, which lists every public vacancy (the
/// index decides which: published, approved organisation, not past its end date, so an expired
/// vacancy drops out the day after its end date). Up to <see cref="UrlsPerSitemap"/> vacancies it
/// is one list; beyond that a sitemap index of lists of that size.
/// </summary>
[AllowAnonymous]
public sealed class SitemapController(
    PortalDbContext db,
    PublicVacancyIndex index,
    PublicUrls urls,
    IOptions<OpenDataOptions> options,
    TimeProvider clock) : Controller
{
    /// <summary>The sitemap protocol allows 50,000 addresses per file; smaller files are quicker to make and fetch.</summary>
    public const int UrlsPerSitemap = 20_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        var robots = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /beheer/\n")
            .Append("Disallow: /mijn/\n")
            .Append("Disallow: /account/\n")
            .Append("Disallow: /organisatie/\n")
            .Append("Allow: /organisatie/aanmelden\n")
            .Append("Disallow: /inbedden/\n")
            .Append("Disallow: /api/\n")
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {urls.Absolute("/sitemap.xml")}\n");
        return HttpCaching.Respond(HttpContext, Encoding.UTF8.GetBytes(robots.ToString()), "text/plain; charset=utf-8", options.Value.CacheSeconds);
    }

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var first = await PageAsync(1, cancellationToken);
        if (first.PageCount == 1)
        {
            return await UrlSetAsync(first, cancellationToken);
        }

        var body = Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            for (var page = 1; page <= first.PageCount; page++)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, urls.Absolute($"/sitemap/vacatures-{page}.xml"));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        return HttpCaching.Respond(HttpContext, body, "application/xml; charset=utf-8", options.Value.CacheSeconds);
    }

    [HttpGet("/sitemap/vacatures-{page:int}.xml")]
    public async Task<IActionResult> Part(int page, CancellationToken cancellationToken)
    {
        var result = await PageAsync(page, cancellationToken);
        return page < 1 || result.PageWasPastEnd ? NotFound() : await UrlSetAsync(result, cancellationToken);
    }

    private Task<VacancySearchResult> PageAsync(int page, CancellationToken cancellationToken) =>
        index.SearchAsync(db, new VacancySearchCriteria { Sort = SearchSort.Newest, Page = Math.Max(1, page), PageSize = UrlsPerSitemap, OwnOnly = true }, clock.Today(), cancellationToken);

    private async Task<IActionResult> UrlSetAsync(VacancySearchResult result, CancellationToken cancellationToken)
    {
        var rows = new List<(int Id, string Title, DateTimeOffset UpdatedAt)>(result.Hits.Count);
        foreach (var chunk in result.Hits.Select(h => h.Id).Chunk(5_000))
        {
            var found = await db.Vacancies.AsNoTracking()
                .Where(v => chunk.Contains(v.Id))
                .Select(v => new { v.Id, v.Title, v.UpdatedAt })
                .ToListAsync(cancellationToken);
            rows.AddRange(found.Select(v => (v.Id, v.Title, v.UpdatedAt)));
        }

        var byId = rows.ToDictionary(r => r.Id);
        var body = Xml(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var hit in result.Hits.Where(h => byId.ContainsKey(h.Id)))
            {
                var row = byId[hit.Id];
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, urls.Absolute($"/vacatures/{row.Id}/{Slug.From(row.Title)}"));
                writer.WriteElementString("lastmod", Namespace, row.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        return HttpCaching.Respond(HttpContext, body, "application/xml; charset=utf-8", options.Value.CacheSeconds);
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var body = new MemoryStream();
        using (var writer = XmlWriter.Create(body, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return body.ToArray();
    }
}
