using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Organisation.Vacancies;

/// <summary>One of the organisation's vacancies with the figures its members follow.</summary>
public sealed record VacancyRow(
    int Id,
    string Title,
    VacancyStatus Status,
    ClosedReason? ClosedReason,
    bool IsExpired,
    int? Places,
    int Views,
    int Applications,
    int Unanswered,
    int PlacesTaken,
    DateTimeOffset UpdatedAt)
{
    public int? PlacesLeft => Places is { } places ? Math.Max(0, places - PlacesTaken) : null;

    /// <summary>The Dutch status word; a published or paused vacancy past its end date reads "verlopen".</summary>
    public string StatusText => IsExpired
        ? Domain.Common.DutchNames.Of(VacancyStatus.Expired)
        : Status == VacancyStatus.Closed && ClosedReason is { } reason
            ? $"{Domain.Common.DutchNames.Of(Status)} ({Domain.Common.DutchNames.Of(reason)})"
            : Domain.Common.DutchNames.Of(Status);
}

public static class VacancyRows
{
    /// <summary>
    /// All vacancies of one organisation, counted in SQL. "Unanswered" uses the same rule as
    /// <see cref="Application.IsUnanswered"/>, "expired" the same as <see cref="Vacancy.IsExpiredOn"/>.
    /// </summary>
    public static Task<List<VacancyRow>> ForOrganisationAsync(
        PortalDbContext db,
        int organisationId,
        DateTimeOffset now,
        TimeSpan unansweredAfter,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var answerBefore = now - unansweredAfter;
        return db.Vacancies.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId)
            .OrderBy(v => v.Status == VacancyStatus.Closed || v.Status == VacancyStatus.Expired)
            .ThenByDescending(v => v.UpdatedAt)
            .Select(v => new VacancyRow(
                v.Id,
                v.Title,
                v.Status,
                v.ClosedReason,
                v.Status == VacancyStatus.Expired
                    || ((v.Status == VacancyStatus.Published || v.Status == VacancyStatus.Paused) && v.EndDate != null && v.EndDate < today),
                v.Places,
                v.ViewCount,
                v.Applications.Count(),
                v.Applications.Count(a => a.Status == ApplicationStatus.Submitted && a.SubmittedAt < answerBefore),
                v.Applications.AsQueryable().Count(ApplicationQueries.HoldsPlace),
                v.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
