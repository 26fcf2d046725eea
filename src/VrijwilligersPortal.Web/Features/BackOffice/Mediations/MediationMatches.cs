using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

public sealed record SuggestedVacancy(int VacancyId, string Title, string Organisation, string? Place, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Ranked public vacancies for the person of a case, with the matcher's reasons: the volunteer's
/// profile plus the intake's suitable-for tags, against every public vacancy. Vacancies the person
/// already responded to, or that this case already proposed, are left out.
/// </summary>
public static class MediationMatches
{
    public static async Task<IReadOnlyList<SuggestedVacancy>> ForAsync(
        PortalDbContext db,
        int volunteerId,
        IReadOnlyCollection<int> suitableForIds,
        IReadOnlyCollection<int> alreadyProposed,
        DateTimeOffset now,
        int count,
        CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.AsNoTracking()
            .Where(v => v.Id == volunteerId)
            .Select(v => new
            {
                v.Id,
                Interests = v.Interests.Select(c => c.Id).ToList(),
                Skills = v.Skills.Select(s => s.Id).ToList(),
                v.Availability,
                v.HoursPerWeek,
                v.Latitude,
                v.Longitude,
                v.MaxDistanceKm,
                v.BirthYear,
                v.WillingToGetVog,
                v.ConsentToBeProposed,
            })
            .SingleAsync(cancellationToken);
        var applied = await db.Applications.AsNoTracking()
            .Where(a => a.VolunteerId == volunteerId)
            .Select(a => a.VacancyId)
            .ToListAsync(cancellationToken);

        var snapshot = new VolunteerSnapshot
        {
            Id = volunteer.Id,
            InterestIds = IdSet.Of(volunteer.Interests),
            SkillIds = IdSet.Of(volunteer.Skills),
            SuitableForIds = IdSet.Of(suitableForIds),
            Availability = volunteer.Availability,
            HoursPerWeek = volunteer.HoursPerWeek,
            Location = volunteer.Latitude is { } lat && volunteer.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            MaxDistanceKm = volunteer.MaxDistanceKm,
            BirthYear = volunteer.BirthYear,
            WillingToGetVog = volunteer.WillingToGetVog,
            ConsentToBeProposed = volunteer.ConsentToBeProposed,
            AppliedVacancyIds = IdSet.Of(applied.Concat(alreadyProposed)),
        };

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = await db.Vacancies.AsNoTracking()
            .PublicOn(today)
            .Select(v => new
            {
                v.Id,
                v.Title,
                Organisation = v.Organisation!.Name,
                v.Place,
                v.CategoryId,
                Skills = v.Skills.Select(s => s.Id).ToList(),
                SuitableFor = v.SuitableFor.Select(t => t.Id).ToList(),
                v.Schedule,
                v.HoursPerWeek,
                v.Latitude,
                v.Longitude,
                v.IsRemote,
                v.MinimumAge,
                v.RequiresVog,
                v.Places,
                Taken = v.Applications.AsQueryable().Count(ApplicationQueries.HoldsPlace),
                v.PublishedAt,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var vacancies = rows.Select(v => new VacancySnapshot
        {
            Id = v.Id,
            CategoryId = v.CategoryId,
            SkillIds = IdSet.Of(v.Skills),
            SuitableForIds = IdSet.Of(v.SuitableFor),
            Schedule = v.Schedule,
            HoursPerWeek = v.HoursPerWeek,
            Location = v.Latitude is { } lat && v.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            IsRemote = v.IsRemote,
            MinimumAge = v.MinimumAge,
            RequiresVog = v.RequiresVog,
            PlacesLeft = v.Places is { } places ? Math.Max(0, places - v.Taken) : null,
            PublishedAt = v.PublishedAt,
        }).ToList();

        var names = new MatchNames(
            await db.Categories.AsNoTracking().Select(c => new KeyValuePair<int, string>(c.Id, c.Name)).ToListAsync(cancellationToken),
            await db.Skills.AsNoTracking().Select(s => new KeyValuePair<int, string>(s.Id, s.Name)).ToListAsync(cancellationToken),
            await db.SuitableForTags.AsNoTracking().Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync(cancellationToken));
        var byId = rows.ToDictionary(r => r.Id);
        return new Matcher(MatchWeights.Default, names)
            .RankVacancies(snapshot, vacancies, now, count)
            .Select(m =>
            {
                var row = byId[m.Vacancy.Id];
                return new SuggestedVacancy(row.Id, row.Title, row.Organisation, row.Place, m.Score, m.Reasons.Select(r => r.Text).ToList());
            })
            .ToList();
    }
}
