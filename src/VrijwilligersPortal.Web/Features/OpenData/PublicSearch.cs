using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>
/// The search of /vacatures for the pages outside it (the open API, the feeds, the embeddable
/// list): the same URL parameters resolved the same way (<see cref="VacancySearchRequest"/>), and
/// the same index answering (<see cref="PublicVacancyIndex"/>, docs/adr/0100), with this centre's
/// own vacancies only (docs/adr/0150).
/// </summary>
public static class PublicSearch
{
    public static async Task<(ResolvedSearch Resolved, VacancySearchResult Result)> RunAsync(
        PortalDbContext db,
        PublicVacancyIndex index,
        PostcodeLookup postcodes,
        VacancySearchRequest request,
        int pageSize,
        DateOnly today,
        Func<VacancySearchCriteria, VacancySearchCriteria>? adjust,
        CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var tags = await db.SuitableForTags.AsNoTracking().Where(t => !t.IsRetired).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var resolved = await request.ResolveAsync(categories, tags, postcodes, pageSize, today, cancellationToken);

        // Vacancies imported from other centres are theirs to publish: passing them on would loop
        // between two centres that import each other, and list them twice elsewhere (docs/adr/0150).
        resolved = resolved with { Criteria = resolved.Criteria with { OwnOnly = true } };
        if (adjust is not null)
        {
            resolved = resolved with { Criteria = adjust(resolved.Criteria) };
        }

        var result = await index.SearchAsync(db, resolved.Criteria, today, cancellationToken);
        return (resolved, result);
    }

    /// <summary>The current request's query string without the named parameters (page, sort, page size), for links to the same search elsewhere.</summary>
    public static string QueryWithout(HttpRequest request, params string[] names)
    {
        var query = request.Query
            .Where(q => !names.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return QueryString.Create(query).ToUriComponent();
    }
}
