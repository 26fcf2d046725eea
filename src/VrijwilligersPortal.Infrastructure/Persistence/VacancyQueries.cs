using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Shifts;
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

    /// <summary>
    /// Leaves out one-off activities whose not-cancelled shifts all lie before <paramref name="today"/>:
    /// the rule of the index (<c>IndexedVacancy.IsPastActivityOn</c>, docs/adr/0133) in SQL, for the
    /// search's fallback while the index is being built. A vacancy of another commitment keeps its place.
    /// </summary>
    public static IQueryable<Vacancy> WithoutPastActivitiesOn(this IQueryable<Vacancy> vacancies, IQueryable<Shift> shifts, DateOnly today) =>
        vacancies.Where(v =>
            v.Commitment != Commitment.OneOff
            || !shifts.Any(s => s.VacancyId == v.Id && s.Status != ShiftStatus.Cancelled)
            || shifts.Any(s => s.VacancyId == v.Id && s.Status != ShiftStatus.Cancelled && s.Date >= today));

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static IQueryable<Vacancy> ReadOnly(this DbSet<Vacancy> vacancies) => vacancies.AsNoTracking();
}
