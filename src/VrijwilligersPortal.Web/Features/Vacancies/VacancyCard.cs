using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
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
}

public static class VacancyCardQuery
{
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
                v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
