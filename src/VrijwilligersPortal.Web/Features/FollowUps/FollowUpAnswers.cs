using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>One follow-up as staff see it: who was asked about which placement, and what they answered.</summary>
public sealed record FollowUpAnswerRow(
    int ApplicationId,
    string Vacancy,
    string? Volunteer,
    FollowUpRespondent Respondent,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AnsweredAt,
    int? Rating,
    bool? StillActive,
    string? Story,
    bool StoryMayBeUsed);

/// <summary>The follow-ups staff read on an organisation's page and on a mediation case (staff only: stories without consent included).</summary>
internal static class FollowUpAnswers
{
    private const int Shown = 100;

    public static Task<List<FollowUpAnswerRow>> ForOrganisationAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken) =>
        ListAsync(db, db.PlacementFollowUps.Where(f => f.Application!.Vacancy!.OrganisationId == organisationId), cancellationToken);

    public static Task<List<FollowUpAnswerRow>> ForPlacementAsync(PortalDbContext db, int volunteerId, int vacancyId, CancellationToken cancellationToken) =>
        ListAsync(db, db.PlacementFollowUps.Where(f => f.Application!.VolunteerId == volunteerId && f.Application.VacancyId == vacancyId), cancellationToken);

    private static Task<List<FollowUpAnswerRow>> ListAsync(PortalDbContext db, IQueryable<PlacementFollowUp> followUps, CancellationToken cancellationToken) =>
        followUps.AsNoTracking()
            .OrderByDescending(f => f.DueAt)
            .ThenByDescending(f => f.ApplicationId)
            .ThenByDescending(f => f.Respondent)
            .Take(Shown)
            .Select(f => new FollowUpAnswerRow(
                f.ApplicationId,
                f.Application!.Vacancy!.Title,
                db.Volunteers.Where(v => v.Id == f.Application.VolunteerId && v.ErasedAt == null).Select(v => v.Name).FirstOrDefault(),
                f.Respondent,
                f.DueAt,
                f.SentAt,
                f.AnsweredAt,
                f.Rating,
                f.StillActive,
                f.Story,
                f.StoryMayBeUsed))
            .ToListAsync(cancellationToken);
}
