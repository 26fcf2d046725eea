using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <param name="NewHelpRequests">Cases still waiting for an intake (status Requested), link: /beheer/bemiddelingen?status=Requested.</param>
/// <param name="FollowUpsDue">Placed cases whose follow-up date has come, link: /beheer/bemiddelingen?nazorg=true.</param>
public sealed record MediationCounts(int NewHelpRequests, int FollowUpsDue);

/// <summary>What the back-office dashboard shows about mediation; two COUNT queries on indexed columns.</summary>
public static class MediationDashboard
{
    public static async Task<MediationCounts> CountsAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default) => new(
        await db.Mediations.CountAsync(m => m.Status == MediationStatus.Requested, cancellationToken),
        await db.Mediations.CountAsync(m => m.Status == MediationStatus.Placed && m.FollowUpDueAt <= now, cancellationToken));
}
