using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>What a result card shows about one vacancy.</summary>
public sealed record VacancyCard(
    int Id,
    string Title,
    string OrganisationName,
    string? Place,
    bool IsRemote,
    Commitment Commitment,
    WeekSchedule Schedule,
    int? HoursPerWeek,
    IReadOnlyList<string> SuitableFor)
{
    public string Slug => Common.Slug.From(Title);

    public string Url => $"/vacatures/{Id}/{Slug}";

    public string ScheduleText => Common.ScheduleText.Describe(Schedule);

    /// <summary>Great-circle km from the postcode searched from; null without one, or for work from home.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>The day of the first upcoming, not-cancelled shift; null for a vacancy without one.</summary>
    public DateOnly? NextShiftDate { get; init; }

    /// <summary>The organisation's own English title (docs/adr/0185); null when it wrote none.</summary>
    public string? EnglishTitle { get; init; }

    /// <summary>The centre an imported vacancy comes from (docs/adr/0150); null for this centre's own.</summary>
    public string? SourceCentre { get; init; }
}

public static class VacancyCardQuery
{
    /// <summary>Per vacancy among <paramref name="ids"/>: the day of its first not-cancelled shift from <paramref name="today"/> on.</summary>
    public static Task<Dictionary<int, DateOnly>> NextShiftDatesAsync(PortalDbContext db, IReadOnlyCollection<int> ids, DateOnly today, CancellationToken cancellationToken) =>
        db.Shifts.AsNoTracking()
            .Where(s => ids.Contains(s.VacancyId) && s.Status != ShiftStatus.Cancelled && s.Date >= today)
            .GroupBy(s => s.VacancyId)
            .Select(g => new { VacancyId = g.Key, Next = g.Min(s => s.Date) })
            .ToDictionaryAsync(g => g.VacancyId, g => g.Next, cancellationToken);

    /// <summary>Projects to cards in SQL; the caller decides filter and order.</summary>
    public static Task<List<VacancyCard>> ToCardsAsync(this IQueryable<Vacancy> vacancies, CancellationToken cancellationToken) =>
        vacancies
            .Select(v => new VacancyCard(
                v.Id,
                v.Title,
                v.Organisation!.Name,
                v.Place,
                v.IsRemote,
                v.Commitment,
                v.Schedule,
                v.HoursPerWeek,
                v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList())
            {
                SourceCentre = v.ExchangeSource!.Name,
                EnglishTitle = v.EnglishTitle,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
