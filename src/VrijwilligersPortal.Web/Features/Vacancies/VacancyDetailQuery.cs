using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>Everything a volunteer needs to decide whether to respond.</summary>
public sealed record VacancyDetail
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The organisation's own English title and summary (docs/adr/0185); null when it wrote none.</summary>
    public string? EnglishTitle { get; init; }

    public string? EnglishSummary { get; init; }

    public required int CategoryId { get; init; }

    public required string Category { get; init; }

    public required bool IsRemote { get; init; }

    public string? Postcode { get; init; }

    public string? Place { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public required Commitment Commitment { get; init; }

    public required WeekSchedule Schedule { get; init; }

    public int? HoursPerWeek { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public int? Places { get; init; }

    /// <summary>Applications that hold a place (submitted, in contact, placed), as <c>Vacancy.PlacesTaken</c> counts.</summary>
    public int PlacesTaken { get; init; }

    public int? PlacesLeft => Places is { } places ? Math.Max(0, places - PlacesTaken) : null;

    public int? MinimumAge { get; init; }

    public required bool RequiresVog { get; init; }

    public required IReadOnlyList<string> Skills { get; init; }

    public required IReadOnlyList<string> SuitableFor { get; init; }

    public required string ContactName { get; init; }

    public required string ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required string OrganisationName { get; init; }

    public required OrganisationKind OrganisationKind { get; init; }

    public required string OrganisationPlace { get; init; }

    public string? OrganisationPostcode { get; init; }

    public string? OrganisationWebsite { get; init; }

    public required string OrganisationDescription { get; init; }

    /// <summary>The centre the vacancy was imported from (docs/adr/0150); null for this centre's own.</summary>
    public string? SourceCentre { get; init; }

    /// <summary>For an imported vacancy: its page at the source centre, where the volunteer responds.</summary>
    public string? SourceUrl { get; init; }

    public bool IsImported => SourceCentre is not null;

    public string Slug => Common.Slug.From(Title);

    public string Url => $"/vacatures/{Id}/{Slug}";
}

public static class VacancyDetailQuery
{
    public static Task<VacancyDetail?> FindPublicAsync(PortalDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        FindAsync(db.Vacancies.AsNoTracking().PublicOn(today).Where(v => v.Id == id), cancellationToken);

    /// <summary>The vacancy as volunteers would see it, whatever its status: for staff reviewing it before it is published.</summary>
    public static Task<VacancyDetail?> FindAnyAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        FindAsync(db.Vacancies.AsNoTracking().Where(v => v.Id == id), cancellationToken);

    private static Task<VacancyDetail?> FindAsync(IQueryable<Vacancy> vacancy, CancellationToken cancellationToken) =>
        vacancy
            .Select(v => new VacancyDetail
            {
                Id = v.Id,
                Title = v.Title,
                Description = v.Description,
                EnglishTitle = v.EnglishTitle,
                EnglishSummary = v.EnglishSummary,
                CategoryId = v.CategoryId,
                Category = v.Category!.Name,
                IsRemote = v.IsRemote,
                Postcode = v.Postcode,
                Place = v.Place,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                Commitment = v.Commitment,
                Schedule = v.Schedule,
                HoursPerWeek = v.HoursPerWeek,
                StartDate = v.StartDate,
                EndDate = v.EndDate,
                Places = v.Places,
                PlacesTaken = v.Applications.AsQueryable().Count(ApplicationQueries.HoldsPlace),
                MinimumAge = v.MinimumAge,
                RequiresVog = v.RequiresVog,
                Skills = v.Skills.OrderBy(s => s.SortOrder).Select(s => s.Name).ToList(),
                SuitableFor = v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList(),
                ContactName = v.ContactName,
                ContactEmail = v.ContactEmail,
                ContactPhone = v.ContactPhone,
                PublishedAt = v.PublishedAt,
                OrganisationName = v.Organisation!.Name,
                OrganisationKind = v.Organisation.Kind,
                OrganisationPlace = v.Organisation.Place,
                OrganisationPostcode = v.Organisation.Postcode,
                OrganisationWebsite = v.Organisation.Website,
                OrganisationDescription = v.Organisation.Description,
                SourceCentre = v.ExchangeSource!.Name,
                SourceUrl = v.SourceUrl,
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// "Ook interessant": up to <paramref name="count"/> other public vacancies in the same
    /// category, the nearest first (newest first when this one has no place), those from home last,
    /// chosen by the public-vacancy index (<see cref="PublicVacancyIndex.SimilarAsync"/>); then
    /// their titles, organisations and places in one query.
    /// </summary>
    public static async Task<IReadOnlyList<SimilarVacancy>> SimilarAsync(PortalDbContext db, PublicVacancyIndex index, VacancyDetail vacancy, DateOnly today, int count, CancellationToken cancellationToken)
    {
        var here = vacancy.Latitude is { } a && vacancy.Longitude is { } b ? new GeoPoint(a, b) : (GeoPoint?)null;
        var hits = await index.SimilarAsync(db, vacancy.Id, vacancy.CategoryId, here, count, today, cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        var rows = await db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place, v.IsRemote })
            .ToDictionaryAsync(v => v.Id, cancellationToken);

        // A vacancy closed between the two reads is left out.
        var similar = new List<SimilarVacancy>();
        foreach (var hit in hits)
        {
            if (rows.TryGetValue(hit.Id, out var v))
            {
                similar.Add(new SimilarVacancy(v.Id, v.Title, v.Organisation, v.IsRemote ? null : v.Place, hit.DistanceKm));
            }
        }

        return similar;
    }
}

public sealed record SimilarVacancy(int Id, string Title, string OrganisationName, string? Place, double? DistanceKm)
{
    public string Url => $"/vacatures/{Id}/{Common.Slug.From(Title)}";
}
