using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>Everything a volunteer needs to decide whether to respond.</summary>
public sealed record VacancyDetail
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

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
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// "Ook interessant": up to <paramref name="count"/> other public vacancies in the same
    /// category, the nearest first (newest first when this one has no place), those without a place last.
    /// Distance is ordered in SQL on an equirectangular approximation, exact enough to rank
    /// neighbours and the same on SQLite and PostgreSQL; the km shown are great-circle.
    /// </summary>
    public static async Task<IReadOnlyList<SimilarVacancy>> SimilarAsync(PortalDbContext db, VacancyDetail vacancy, DateOnly today, int count, CancellationToken cancellationToken)
    {
        var candidates = db.Vacancies.AsNoTracking()
            .PublicOn(today)
            .Where(v => v.CategoryId == vacancy.CategoryId && v.Id != vacancy.Id);
        IQueryable<Domain.Vacancies.Vacancy> ordered;
        if (vacancy.Latitude is { } lat && vacancy.Longitude is { } lon)
        {
            var cos = Math.Cos(lat * Math.PI / 180);
            var cos2 = cos * cos;
            ordered = candidates
                .OrderBy(v => v.Latitude == null || v.Longitude == null)
                .ThenBy(v => ((v.Latitude!.Value - lat) * (v.Latitude!.Value - lat)) + ((v.Longitude!.Value - lon) * (v.Longitude!.Value - lon) * cos2))
                .ThenByDescending(v => v.PublishedAt)
                .ThenBy(v => v.Id);
        }
        else
        {
            ordered = candidates.OrderByDescending(v => v.PublishedAt).ThenBy(v => v.Id);
        }

        var rows = await ordered
            .Take(count)
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place, v.IsRemote, v.Latitude, v.Longitude })
            .ToListAsync(cancellationToken);
        var here = vacancy.Latitude is { } a && vacancy.Longitude is { } b ? new GeoPoint(a, b) : (GeoPoint?)null;
        return rows.ConvertAll(v => new SimilarVacancy(
            v.Id,
            v.Title,
            v.Organisation,
            v.IsRemote ? null : v.Place,
            here is { } from && !v.IsRemote && v.Latitude is { } vl && v.Longitude is { } vo ? from.DistanceKmTo(new GeoPoint(vl, vo)) : null));
    }
}

public sealed record SimilarVacancy(int Id, string Title, string OrganisationName, string? Place, double? DistanceKm)
{
    public string Url => $"/vacatures/{Id}/{Common.Slug.From(Title)}";
}
