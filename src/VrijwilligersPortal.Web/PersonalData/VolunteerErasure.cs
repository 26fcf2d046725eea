using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.PersonalData;

/// <summary>
/// Erasing a volunteer, the same way whether the person asks (/mijn/gegevens), the retention job
/// does it after long inactivity, or staff do it for someone without an account who asks them:
/// applications, help requests and answered follow-ups stay as anonymous records so the centre's
/// figures stay right (docs/adr/0007, 0090); profile, favourites, alerts, stories and login go.
/// </summary>
public static class VolunteerErasure
{
    /// <param name="by">Who erases: the person themselves, or <see cref="Guid.Empty"/> for the retention job.</param>
    public static async Task EraseAsync(PortalDbContext db, UserManager<PortalUser> users, PortalUser user, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var volunteer = await VolunteerAsync(db, cancellationToken, v => v.UserId == user.Id);
        await EraseRecordAsync(db, volunteer!, by, now, "account verwijderd", cancellationToken);

        // Course sign-ups and attendance are the person's, by account (issue 16): they go with it.
        await db.CourseRegistrations.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Deleting the login also ends the person's other sessions: their cookies no longer
        // pass the security-stamp check (within a minute, ServiceRegistration).
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Code)));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Staff erase the record of someone without an account (a walk-in or referral) who asked for
    /// it; audited in the same transaction. False when there is no such record: unknown, already
    /// erased, or a person with an account (they erase it themselves at /mijn/gegevens).
    /// </summary>
    public static async Task<bool> EraseWithoutAccountAsync(PortalDbContext db, int volunteerId, Guid staff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var volunteer = await VolunteerAsync(db, cancellationToken, v => v.Id == volunteerId && v.UserId == null && v.ErasedAt == null);
        if (volunteer is null)
        {
            return false;
        }

        await EraseRecordAsync(db, volunteer, staff, now, "gegevens verwijderd op verzoek", cancellationToken);
        AuditLog.Record(db, staff, AuditActions.Volunteer.Erase, nameof(Volunteer), volunteerId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Task<Volunteer?> VolunteerAsync(PortalDbContext db, CancellationToken cancellationToken, System.Linq.Expressions.Expression<Func<Volunteer, bool>> which) =>
        db.Volunteers
            .Include(v => v.Interests)
            .Include(v => v.Skills)
            .AsSplitQuery()
            .SingleOrDefaultAsync(which, cancellationToken);

    /// <summary>Everything but the login; the caller saves, inside its transaction (the deletes below run at once).</summary>
    private static async Task EraseRecordAsync(PortalDbContext db, Volunteer volunteer, Guid by, DateTimeOffset now, string why, CancellationToken cancellationToken)
    {
        foreach (var application in await db.Applications.Include(a => a.History).Where(a => a.VolunteerId == volunteer.Id).ToListAsync(cancellationToken))
        {
            application.Anonymise(by, now);
        }

        foreach (var mediation in await db.Mediations.Include(m => m.History).Where(m => m.VolunteerId == volunteer.Id).ToListAsync(cancellationToken))
        {
            mediation.Anonymise(by, now, why);
        }

        // Follow-ups (docs/adr/0090): an unanswered one is nobody's business any more, its link
        // stops working; an answered one keeps its rating and "still active" without the stories.
        var placements = db.Applications.Where(a => a.VolunteerId == volunteer.Id).Select(a => a.Id);
        await db.PlacementFollowUps.Where(f => placements.Contains(f.ApplicationId) && f.AnsweredAt == null).ExecuteDeleteAsync(cancellationToken);
        foreach (var followUp in await db.PlacementFollowUps.Where(f => placements.Contains(f.ApplicationId)).ToListAsync(cancellationToken))
        {
            followUp.Anonymise();
        }

        // Shifts, hours and certificates (issue 17, docs/adr/0131): sign-ups and certificates go;
        // hours stay as anonymous figures (organisation, vacancy, period, minutes) for the reports.
        foreach (var hours in await db.HourEntries.Where(h => h.VolunteerId == volunteer.Id).ToListAsync(cancellationToken))
        {
            hours.Anonymise();
        }

        await db.ShiftSignUps.Where(s => s.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Certificates.Where(c => c.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Favourites.Where(f => f.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MatchAlerts.Where(a => a.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MatchAlertDeliveries.Where(d => d.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        volunteer.Erase(now);
    }
}
