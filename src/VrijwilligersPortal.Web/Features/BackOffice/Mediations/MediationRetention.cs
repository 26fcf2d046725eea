using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Removes the notes and support needs of cases closed longer than the retention period ago; the
/// rest of the case stays for the centre's figures. Called by the back office's retention job.
/// </summary>
public static class MediationRetention
{
    private const int Batch = 100;

    /// <returns>How many cases lost their notes.</returns>
    public static async Task<int> RemoveExpiredNotesAsync(PortalDbContext db, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var closedBefore = now - retention;
        var removed = 0;
        while (true)
        {
            var expired = await db.Mediations
                .Where(m => m.Status == MediationStatus.Closed && m.NotesRemovedAt == null && m.StatusChangedAt <= closedBefore)
                .OrderBy(m => m.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var mediation in expired)
            {
                mediation.RemoveNotes(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            removed += expired.Count;
            if (expired.Count < Batch)
            {
                return removed;
            }
        }
    }
}
