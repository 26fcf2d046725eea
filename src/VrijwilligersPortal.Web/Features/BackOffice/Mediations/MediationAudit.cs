using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Every view of a case's notes and support needs is audited through here (issue 7, "Privacy and
/// audit"); see <see cref="DatabaseMediationAudit"/>.
/// </summary>
public interface IMediationAudit
{
    Task RecordAsync(Guid staffUserId, string action, int mediationId);
}

/// <summary>
/// Writes a view of a case's notes or support needs to the centre's audit log
/// (<see cref="AuditLog"/>, docs/adr/0041), visible to administrators at /beheer/auditlog, and saves
/// it at once: a read saves nothing else. Changes are recorded with <see cref="AuditLog.Record(PortalDbContext, Guid, string, string, int, DateTimeOffset)"/>
/// in the same save as the change.
/// </summary>
public sealed class DatabaseMediationAudit(PortalDbContext db, TimeProvider clock) : IMediationAudit
{
    public const string RecordType = "Mediation";

    public async Task RecordAsync(Guid staffUserId, string action, int mediationId)
    {
        AuditLog.Record(db, staffUserId, action, RecordType, mediationId, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}
