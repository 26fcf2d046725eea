using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.MyData;

/// <summary>
/// Erasing a volunteer's account, the same way whether the person asks (/mijn/gegevens) or the
/// retention job does it after long inactivity: applications and help requests stay as anonymous
/// records so the centre's figures stay right (docs/adr/0007); profile, favourites and login go.
/// </summary>
public static class VolunteerErasure
{
    /// <param name="by">Who erases: the person themselves, or <see cref="Guid.Empty"/> for the retention job.</param>
    public static async Task EraseAsync(PortalDbContext db, UserManager<PortalUser> users, PortalUser user, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var volunteer = await db.Volunteers
            .Include(v => v.Interests)
            .Include(v => v.Skills)
            .AsSplitQuery()
            .SingleAsync(v => v.UserId == user.Id, cancellationToken);
        foreach (var application in await db.Applications.Include(a => a.History).Where(a => a.VolunteerId == volunteer.Id).ToListAsync(cancellationToken))
        {
            application.Anonymise(by, now);
        }

        foreach (var mediation in await db.Mediations.Include(m => m.History).Where(m => m.VolunteerId == volunteer.Id).ToListAsync(cancellationToken))
        {
            mediation.Anonymise(by, now);
        }

        await db.Favourites.Where(f => f.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MatchAlerts.Where(a => a.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MatchAlertDeliveries.Where(d => d.VolunteerId == volunteer.Id).ExecuteDeleteAsync(cancellationToken);
        volunteer.Erase(now);
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
}
