using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Persistence;

public static class VacancyQueries
{
    /// <summary>
    /// What the public may see: published, not past the end date, from an approved organisation.
    /// Every public list, search and match starts here.
    /// </summary>
    public static IQueryable<Vacancy> PublicOn(this IQueryable<Vacancy> vacancies, DateOnly today) =>
        vacancies.Where(v =>
            v.Status == VacancyStatus.Published
            && (v.EndDate == null || v.EndDate >= today)
            && v.Organisation!.Status == OrganisationStatus.Approved);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static IQueryable<Vacancy> ReadOnly(this DbSet<Vacancy> vacancies) => vacancies.AsNoTracking();
}
